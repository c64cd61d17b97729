import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { createAssignment } from "../../lib/decisions/assignments.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { minutesPdf } from "../../lib/meetings/meeting-pdf.ts";
import { approveMinutes } from "../../lib/meetings/approve-minutes.ts";
import { circulateMinutes } from "../../lib/meetings/circulate-minutes.ts";
import { getMinutes, saveMinutes } from "../../lib/meetings/minutes.ts";
import { recordAttendance } from "../../lib/meetings/record-attendance.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { dateFromNow, daysFromNow, germanDate } from "../support/clock.ts";
import { HOSTILE_MARKDOWN, HOSTILE_RENDERED, pdfProblems, pdfText } from "../support/pdf.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;
let meetingId: string;
let decisionNumber: string;
const due = dateFromNow(40);

async function pagesOf(pdf: Uint8Array) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, " "));
}

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  const meeting = await createMeeting(lead, {
    bodyId: regions.a.steering.id,
    title: "6. Sitzung des Lenkungskreises",
    startsAt: daysFromNow(-2, "14:00"),
    location: "Kreishaus",
  });
  meetingId = meeting.id;
  const ids = await withRegion(regions.a.region.id, async (tx) => {
    const regionId = regions.a.region.id;
    const membership = async (givenName: string, familyName: string, key: string, deputyOfId?: string) =>
      (
        await createMembership(tx, regionId, {
          bodyId: regions.a.steering.id,
          personId: (await createPerson(tx, regionId, { givenName, familyName })).id,
          seatCategoryId: regions.a.category(key).id,
          ...(deputyOfId ? { deputyOfId } : {}),
        })
      ).id;
    const ayse = await membership("Ayşe", "Yılmaz", "kreis");
    const lukasz = await membership("Łukasz", "Nowak", "kreis");
    const nguyen = await membership("Nguyễn Thị", "Hồng", "kreis", lukasz);
    const juergen = await membership("Jürgen", "Groß", "kreis");
    return { ayse, lukasz, nguyen, juergen };
  });
  await recordAttendance(lead, {
    meetingId,
    [`seat:${ids.ayse}`]: "PRESENT",
    [`seat:${ids.lukasz}`]: "REPRESENTED",
    [`deputy:${ids.lukasz}`]: ids.nguyen,
    [`seat:${ids.juergen}`]: "EXCUSED",
  });
  const first = await addAgendaItem(lead, {
    meetingId,
    version: "1",
    title: "Bericht des Bildungsbüros",
    kind: "INFORMATION",
  });
  const second = await addAgendaItem(lead, {
    meetingId,
    version: "2",
    title: "Arbeitsprogramm 2027",
    kind: "DECISION",
  });
  const decision = await recordDecision(lead, {
    agendaItemId: second.id,
    text: "Der Lenkungskreis beschließt das **Arbeitsprogramm 2027** mit den Schwerpunkten „Übergänge“ und Sprache.",
    outcome: "ADOPTED",
    yesCount: "7",
    noCount: "1",
    abstainCount: "2",
  });
  decisionNumber = decision.number;
  await createAssignment(lead, { decisionId: decision.id, title: "Fachtag Übergänge vorbereiten", dueOn: due });
  await saveMinutes(lead, {
    meetingId,
    version: "0",
    preamble: Array.from(
      { length: 12 },
      (_, i) => `Absatz ${i + 1} der Vorbemerkung. ${"Die Sitzung beginnt pünktlich. ".repeat(12)}`,
    ).join("\n\n"),
    [`entry:${first.id}`]: HOSTILE_MARKDOWN,
    [`entry:${second.id}`]: "Die Vorsitzende stellt das *Arbeitsprogramm* vor.",
  });
});

describe("the minutes PDF", () => {
  it("renders attendance, quorum, each TOP's text, decisions with counts and assignments; a draft says so on every page", async () => {
    const { pdf } = (await minutesPdf(lead, meetingId))!;
    expect(await pdfProblems(pdf)).toEqual([]);
    const text = await pdfText(pdf);
    for (const piece of [
      ...HOSTILE_RENDERED,
      "Protokoll: 6. Sitzung des Lenkungskreises",
      "Anwesenheit",
      "Name Sitz Anwesenheit",
      "Ayşe Yılmaz",
      "Łukasz Nowak",
      "vertreten durch Nguyễn Thị Hồng",
      "Jürgen Groß",
      "entschuldigt",
      "TOP 1: Bericht des Bildungsbüros",
      "TOP 2: Arbeitsprogramm 2027",
      "Die Vorsitzende stellt das Arbeitsprogramm vor.",
      "angenommen",
      "Der Lenkungskreis beschließt das Arbeitsprogramm 2027 mit den Schwerpunkten „Übergänge“ und Sprache.",
      `Beschluss ${decisionNumber} (angenommen; Ja 7 · Nein 1 · Enthaltungen 2)`,
      "Arbeitsaufträge aus diesem Beschluss:",
      `Fachtag Übergänge vorbereiten · Frist: ${germanDate(due)}`,
      "Noch nicht genehmigt (Entwurf).",
    ])
      expect(text).toContain(piece);
    // the Beschlussfähigkeit as recorded with the minutes
    const { minutes } = await getMinutes(lead, meetingId);
    expect(minutes!.quorumNote.length).toBeGreaterThan(10);
    expect(text).toContain(minutes!.quorumNote.replace(/\s+/g, " "));
    for (const marker of ["**", "*Arbeitsprogramm*", "<script"]) expect(text).not.toContain(marker);
    const pages = await pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain("ENTWURF");
      expect(page).toContain(`Seite ${i + 1} von ${pages.length}`);
    });
  });

  it("circulated minutes say 'zur Durchsicht'; approved ones carry the approval line and no status", async () => {
    await circulateMinutes(lead, { meetingId, round: "0" });
    for (const page of await pagesOf((await minutesPdf(lead, meetingId))!.pdf))
      expect(page).toContain("ZUR DURCHSICHT");
    // approved under a TOP of the next meeting
    const next = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "7. Sitzung des Lenkungskreises",
      startsAt: daysFromNow(-1, "14:00"),
      location: "Kreishaus",
    });
    const item = await addAgendaItem(lead, {
      meetingId: next.id,
      version: "1",
      title: "Genehmigung des Protokolls der 6. Sitzung",
      kind: "DECISION",
    });
    const { minutes } = await getMinutes(lead, meetingId);
    await approveMinutes(lead, { via: "TOP", meetingId, version: String(minutes!.version), agendaItemId: item.id });
    const { pdf } = (await minutesPdf(lead, meetingId))!;
    const text = await pdfText(pdf);
    expect(text).toContain(`Genehmigt am ${germanDate(dateFromNow(-1))} (Lenkungskreis in der Sitzung vom`);
    expect(text).toContain(
      `Genehmigt unter TOP 1: Genehmigung des Protokolls der 6. Sitzung der Sitzung „7. Sitzung des Lenkungskreises“ vom ${germanDate(dateFromNow(-1))}.`,
    );
    expect(text).toContain("Protokoll: genehmigt");
    expect(text).not.toContain("ENTWURF");
    expect(text).not.toContain("ZUR DURCHSICHT");
  });

  it("another region's office gets nothing", async () => {
    await expect(minutesPdf(foreign, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
