import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/core/errors.ts";
import { createEvent } from "../../lib/events/manage-events.ts";
import { badgesPdf } from "../../lib/events/participants-export.ts";
import { registerForEvent } from "../../lib/events/registrations.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { invitationPdf } from "../../lib/meetings/meeting-pdf.ts";
import { conferenceReportPdf } from "../../lib/recommendations/conference-report-pdf.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { daysFromNow } from "../support/clock.ts";
import { asOwner } from "../support/owner.ts";
import { HOSTILE_MARKDOWN, HOSTILE_RENDERED, pdfOutline, pdfProblems, pdfText } from "../support/pdf.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;
let meetingId: string;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  await asOwner(`UPDATE "Region" SET "contactName" = $2, "contactAddress" = $3, "contactEmail" = $4 WHERE id = $1`, [
    regions.a.region.id,
    "Bildungsbüro Kreis Süd",
    "Kreishaus\r\nMarktstraße 1\r\n12345 Südstadt",
    "bildungsbuero@kreis-sued.example",
  ]);
  const meeting = await createMeeting(lead, {
    bodyId: regions.a.steering.id,
    title: "5. Sitzung – „Übergänge“",
    startsAt: daysFromNow(21, "14:00"),
    location: "Kreishaus, Raum 2",
  });
  meetingId = meeting.id;
  await addAgendaItem(lead, { meetingId, version: "1", title: "Begrüßung durch Łukasz Nguyễn", kind: "INFORMATION" });
  await addAgendaItem(lead, {
    meetingId,
    version: "2",
    title: "Übergang Schule–Beruf",
    kind: "DECISION",
    description: HOSTILE_MARKDOWN,
  });
});

describe("PDFs on the document pipeline", () => {
  it("the invitation renders the TOP's Markdown, every character, letterhead, footer and page numbers", async () => {
    const { pdf } = await invitationPdf(lead, meetingId);
    expect(await pdfProblems(pdf)).toEqual([]);
    const text = await pdfText(pdf);
    for (const piece of [
      ...HOSTILE_RENDERED,
      "Regionales Bildungsnetzwerk",
      "Einladung · Lenkungskreis",
      "5. Sitzung – „Übergänge“",
      "TOP 1: Begrüßung durch Łukasz Nguyễn",
      "TOP 2: Übergang Schule–Beruf",
      "Bildungsbüro Kreis Süd · Kreishaus, Marktstraße 1, 12345 Südstadt",
      "bildungsbuero@kreis-sued.example",
    ])
      expect(text).toContain(piece);
    for (const marker of ["**", "<script", "alert("]) expect(text).not.toContain(marker);
    const outline = await pdfOutline(pdf);
    expect(outline[0]!.items.map((i) => i.title)).toEqual(["Tagesordnung"]);
    await expect(invitationPdf(foreign, meetingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the report to the Bildungskonferenz is a tagged document with the fields of action", async () => {
    const { pdf } = await conferenceReportPdf(lead);
    expect(await pdfProblems(pdf)).toEqual([]);
    const text = await pdfText(pdf);
    expect(text).toContain("Bericht an die Bildungskonferenz");
    expect(text).toContain(regions.a.fields[0]!.name);
  });

  it("attendance list and name badges carry accented names and the letterhead", async () => {
    const event = await createEvent(lead, {
      kind: "CONFERENCE",
      title: "Bildungskonferenz „Übergänge“",
      description: "Für alle.",
      startsAt: daysFromNow(30, "09:00"),
      endsAt: daysFromNow(30, "16:00"),
      location: "Kreishaus",
      capacity: "50",
      registrationOpen: "on",
      isPublic: "on",
    });
    const names = ["Ayşe Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hồng", "Jürgen Groß 👋"];
    for (const [i, name] of names.entries())
      await registerForEvent(regions.a.region.id, {
        eventId: event.id,
        name,
        institution: `Gesamtschule Süd ${i}`,
        email: `person${i}@schule.example`,
        consent: "on",
      });
    const { pdf } = await badgesPdf(lead, event.id);
    expect(await pdfProblems(pdf)).toEqual([]);
    const text = await pdfText(pdf);
    for (const piece of ["Teilnahmeliste", "Namensschilder", "Ayşe Yılmaz", "Łukasz Wróbel", "Nguyễn Thị Hồng"])
      expect(text).toContain(piece);
    expect(text).toContain("Jürgen Groß [Emoji]");
    await expect(badgesPdf(foreign, event.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
