import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { getMinutes, MINUTES_CONFLICT, saveMinutes, setMinutesStatus } from "../../lib/meetings/minutes.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { daysFromNow, germanLongDate } from "../support/clock.ts";

// two months back, whatever day the suite runs (a meeting more than a year back is refused)
const meetingStart = daysFromNow(-60, "14:00");

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let member: Actor;
let meetingId: string;
let itemIds: string[];

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  const meeting = await createMeeting(lead, {
    bodyId: regions.a.steering.id,
    title: "3. Sitzung",
    startsAt: meetingStart,
    location: "Raum 2",
  });
  meetingId = meeting.id;
  itemIds = [];
  for (const [index, title] of ["Begrüßung", "Arbeitsprogramm"].entries())
    itemIds.push((await addAgendaItem(lead, { meetingId, version: String(index + 1), title, kind: "INFORMATION" })).id);
  const user = await withoutRegion((tx) => createUser(tx));
  await withRegion(regions.a.region.id, async (tx) => {
    await grantRole(tx, regions.a.region.id, user.id, "STEERING_MEMBER");
    const person = await createPerson(tx, regions.a.region.id, { userId: user.id });
    await createMembership(tx, regions.a.region.id, {
      bodyId: regions.a.steering.id,
      personId: person.id,
      seatCategoryId: regions.a.category("kreis").id,
    });
  });
  member = await actorFor(regions.a.region.id, user.id);
});

describe("minutes", () => {
  it("are created on first save with a text per TOP and the Beschlussfähigkeit", async () => {
    const saved = await saveMinutes(lead, {
      meetingId,
      version: "0",
      preamble: "Sitzungsleitung: Björn Schäfer",
      [`entry:${itemIds[0]}`]: "Die Vorsitzende **begrüßt** alle.",
      [`entry:${itemIds[1]}`]: "- Punkt eins\n- Punkt zwei",
    });
    expect(saved.version).toBe(1);
    const { minutes, agenda, quorum } = await getMinutes(lead, meetingId);
    expect(minutes).toMatchObject({ status: "DRAFT", version: 1, preamble: "Sitzungsleitung: Björn Schäfer" });
    expect(minutes!.quorumNote).toBe(quorum!.statement);
    expect(agenda.map((i) => i.text)).toEqual(["Die Vorsitzende **begrüßt** alle.", "- Punkt eins\n- Punkt zwei"]);
  });

  it("a second save on a stale version is refused and changes nothing", async () => {
    await saveMinutes(lead, {
      meetingId,
      version: "1",
      preamble: "Fassung von Person A",
      [`entry:${itemIds[0]}`]: "Text A",
    });
    await expect(
      saveMinutes(lead, {
        meetingId,
        version: "1",
        preamble: "Fassung von Person B",
        [`entry:${itemIds[0]}`]: "Text B",
      }),
    ).rejects.toThrow(MINUTES_CONFLICT);
    const { minutes, agenda } = await getMinutes(lead, meetingId);
    expect(minutes).toMatchObject({ version: 2, preamble: "Fassung von Person A" });
    expect(agenda[0]!.text).toBe("Text A");
  });

  it("concurrent saves of the same version: exactly one wins", async () => {
    const results = await Promise.allSettled(
      ["X", "Y", "Z"].map((t) => saveMinutes(lead, { meetingId, version: "2", preamble: t })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError),
    ).toBe(true);
  });

  it("drafts are hidden from members; circulated minutes are readable; approval needs who approved and freezes them", async () => {
    expect((await getMinutes(member, meetingId)).minutes).toBeNull();
    const { minutes } = await getMinutes(lead, meetingId);
    await setMinutesStatus(lead, { meetingId, version: String(minutes!.version), status: "CIRCULATED" });
    expect((await getMinutes(member, meetingId)).minutes?.status).toBe("CIRCULATED");
    const circulated = (await getMinutes(lead, meetingId)).minutes!;
    await expect(
      setMinutesStatus(lead, { meetingId, version: String(circulated.version), status: "APPROVED", approvedBy: "" }),
    ).rejects.toMatchObject({
      fieldErrors: { approvedBy: [expect.stringContaining("wer das Protokoll genehmigt hat")] },
    });
    await setMinutesStatus(lead, {
      meetingId,
      version: String(circulated.version),
      status: "APPROVED",
      approvedBy: "Lenkungskreis in der Sitzung am 12.03.2027",
    });
    const approved = (await getMinutes(member, meetingId)).minutes!;
    expect(approved).toMatchObject({ status: "APPROVED", approvedBy: "Lenkungskreis in der Sitzung am 12.03.2027" });
    await expect(
      saveMinutes(lead, { meetingId, version: String(approved.version), preamble: "nachträglich" }),
    ).rejects.toThrow("genehmigt");
    await expect(
      setMinutesStatus(lead, { meetingId, version: String(approved.version), status: "DRAFT" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("members cannot write; another region's meeting or TOP is not found", async () => {
    await expect(saveMinutes(member, { meetingId, version: "0", preamble: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(getMinutes(foreignLead, meetingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveMinutes(foreignLead, { meetingId, version: "0", preamble: "x" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const foreignMeeting = await createMeeting(foreignLead, {
      bodyId: regions.b.steering.id,
      title: "Fremd",
      startsAt: daysFromNow(-59, "10:00"),
      location: "Raum",
    });
    await expect(
      saveMinutes(foreignLead, {
        meetingId: foreignMeeting.id,
        version: "0",
        preamble: "",
        [`entry:${itemIds[0]}`]: "eingeschleust",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("PDF exports", () => {
  it("the invitation and the minutes open as PDF and contain the agenda titles and texts", async () => {
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { invitationPdf, minutesPdf } = await import("../../lib/meetings/meeting-pdf.ts");
    const textOf = async (pdf: Buffer) =>
      (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text;

    const invitation = await invitationPdf(lead, meetingId);
    expect(invitation.fileName).toBe(`einladung-${meetingStart.slice(0, 10)}.pdf`);
    expect(invitation.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const invitationText = await textOf(invitation.pdf);
    for (const expected of [
      "Einladung",
      "3. Sitzung",
      "TOP 1: Begrüßung",
      "TOP 2: Arbeitsprogramm",
      `${germanLongDate(meetingStart)} um 14:00 Uhr`,
    ])
      expect(invitationText).toContain(expected);

    const minutes = (await minutesPdf(lead, meetingId))!;
    const minutesText = await textOf(minutes.pdf);
    expect(minutesText).toContain("Protokoll – genehmigt (Lenkungskreis in der Sitzung am 12.03.2027)");
    expect(minutesText).toContain("Text A");

    const foreignLead = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(invitationPdf(foreignLead, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
