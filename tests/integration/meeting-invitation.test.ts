import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { addMembership } from "../../lib/governance/memberships.ts";
import { createPerson } from "../../lib/governance/people.ts";
import { deliverOutbox, smtpTransport } from "../../lib/core/mail/deliver-outbox.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { sendInvitation } from "../../lib/meetings/send-invitation.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { startSmtpServer } from "../support/smtp.ts";
import { berlinIso, daysFromNow, germanLongDate } from "../support/clock.ts";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;

beforeAll(async () => {
  smtp = await startSmtpServer();
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
});
afterAll(() => smtp.close());

async function member(familyName: string, email: string, extra: Record<string, string> = {}) {
  const person = await createPerson(lead, { givenName: "Dörte", familyName, email });
  return (
    await addMembership(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("kommune").id,
      personId: person.id,
      function: "MEMBER",
      hasVote: "on",
      startsOn: "2025-01-01",
      ...extra,
    })
  ).membership;
}

// the meeting lies three weeks ahead of whatever day the suite runs
const startsAt = daysFromNow(21, "14:00");
const endsAt = daysFromNow(21, "16:00");

describe("meeting invitation", () => {
  it("e-mails every member and deputy the agenda with an .ics that calendar apps read; once per agenda version", async () => {
    const principal = await member("Brückner", "brueckner@test.example");
    await member("Vertretung", "vertretung@test.example", { deputyOfId: principal.id });
    await member("Ohne-Adresse", "");
    const meeting = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "5. Sitzung des Lenkungskreises",
      startsAt,
      endsAt,
      location: "Kreishaus, Raum 2",
    });
    await expect(sendInvitation(lead, { meetingId: meeting.id })).rejects.toThrow(
      "Bitte stellen Sie zuerst die Tagesordnung auf.",
    );
    await addAgendaItem(lead, {
      meetingId: meeting.id,
      version: "1",
      title: "Arbeitsprogramm 2027",
      kind: "DECISION",
      isPublic: "on",
    });
    await addAgendaItem(lead, {
      meetingId: meeting.id,
      version: "2",
      title: "Personalangelegenheiten",
      kind: "DISCUSSION",
      isPublic: "",
    });

    const result = await sendInvitation(lead, { meetingId: meeting.id });
    expect(result).toMatchObject({ queued: 2, alreadyQueued: 0 });
    expect(result.withoutAddress).toContain("Dörte Ohne-Adresse");
    expect(await sendInvitation(lead, { meetingId: meeting.id })).toMatchObject({ queued: 0, alreadyQueued: 2 });
    expect(
      (
        await withRegion(regions.a.region.id, (tx) =>
          tx.meeting.findUniqueOrThrow({ where: { regionId_id: { regionId: regions.a.region.id, id: meeting.id } } }),
        )
      ).status,
    ).toBe("INVITED");

    expect(await deliverOutbox(smtpTransport(smtp.url))).toMatchObject({ sent: 2 });
    const mail = smtp.received.find((m) => m.to && "text" in m.to && m.to.text === "brueckner@test.example")!;
    expect(mail.subject).toBe(`Einladung: 5. Sitzung des Lenkungskreises am ${germanLongDate(startsAt)} um 14:00 Uhr`);
    expect(mail.text).toContain("TOP 1: Arbeitsprogramm 2027 (Beschluss)");
    expect(mail.text).toContain("TOP 2: Personalangelegenheiten (Beratung, nicht öffentlich)");
    const deputyMail = smtp.received.find((m) => m.to && "text" in m.to && m.to.text === "vertretung@test.example")!;
    expect(deputyMail.text).toContain("als Stellvertretung laden wir Sie zur Sitzung");
    expect(mail.text).toContain(
      "Guten Tag Dörte Brückner,\n\nwir laden Sie zur Sitzung „5. Sitzung des Lenkungskreises“ des Gremiums Lenkungskreis ein.",
    );

    const attachment = mail.attachments.find((a) => a.filename === "sitzung.ics")!;
    expect(attachment.contentType).toBe("text/calendar");
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(attachment.content.toString("utf8"))).getFirstSubcomponent("vevent")!,
    );
    expect(event.summary).toBe("5. Sitzung des Lenkungskreises");
    expect(event.startDate.toJSDate().toISOString()).toBe(berlinIso(startsAt));
    expect(event.endDate.toJSDate().toISOString()).toBe(berlinIso(endsAt));
    expect(event.location).toBe("Kreishaus, Raum 2");
    expect(event.uid).toBe(`meeting-${meeting.id}@bildungsnetz`);
  });

  it("a cancelled meeting is not invited to; another region's meeting is not found", async () => {
    const meeting = await createMeeting(lead, {
      bodyId: regions.a.steering.id,
      title: "Abgesagt",
      startsAt: daysFromNow(29),
      location: "Raum 1",
    });
    await withRegion(regions.a.region.id, (tx) =>
      tx.meeting.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: meeting.id } },
        data: { status: "CANCELLED" },
      }),
    );
    await expect(sendInvitation(lead, { meetingId: meeting.id })).rejects.toBeInstanceOf(ConflictError);
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(sendInvitation(foreign, { meetingId: meeting.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
