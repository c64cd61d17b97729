import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { deliverOutbox, smtpTransport } from "../../lib/core/mail/deliver-outbox.ts";
import { addMembership } from "../../lib/governance/memberships.ts";
import { createPerson } from "../../lib/governance/people.ts";
import { saveAgreement } from "../../lib/governance/save-agreement.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { copyPreviousAgenda, insertStandardAgenda } from "../../lib/meetings/agenda-templates.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import { getMeeting } from "../../lib/meetings/get-meeting.ts";
import { getMeetingOffice } from "../../lib/meetings/get-meeting-office.ts";
import { listMeetings, parseMeetingFilters } from "../../lib/meetings/list-meetings.ts";
import { sendInvitation } from "../../lib/meetings/send-invitation.ts";
import { setMeetingStatus } from "../../lib/meetings/set-meeting-status.ts";
import { updateMeeting } from "../../lib/meetings/update-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { berlinIso, dateFromNow, daysFromNow, germanLongDate } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";
import { startSmtpServer } from "../support/smtp.ts";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;

const agreement = (noticePeriodDays: string) => ({
  signedOn: "2009-03-16",
  parties: "Land NRW und Kreis",
  isOpenEnded: "on",
  endsOn: "",
  landPosts: "1",
  communalPosts: "1",
  supplements: "",
  noticePeriodDays,
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
  await saveAgreement(lead, agreement("14"));
  const principal = await member("Brückner", "brueckner@aenderung.example");
  await member("Vertretung", "vertretung@aenderung.example", { deputyOfId: principal.id });
  await member("Ohne-Adresse", "");
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
      startsOn: dateFromNow(-400),
      ...extra,
    })
  ).membership;
}

const input = (overrides: Record<string, string> = {}) => ({
  bodyId: regions.a.steering.id,
  title: "7. Sitzung des Lenkungskreises",
  startsAt: daysFromNow(30, "14:00"),
  endsAt: daysFromNow(30, "16:00"),
  location: "Kreishaus, Raum 2",
  onlineUrl: "",
  isPublic: "",
  ...overrides,
});

async function invitedMeeting(overrides: Record<string, string> = {}) {
  const meeting = await createMeeting(lead, input(overrides));
  await addAgendaItem(lead, { meetingId: meeting.id, version: "1", title: "Bericht", kind: "INFORMATION" });
  await sendInvitation(lead, { meetingId: meeting.id });
  return meeting;
}

/** The mails to `address` whose subject starts with `prefix`, after delivering the outbox. */
async function delivered(address: string, prefix: string): Promise<ParsedMail[]> {
  await deliverOutbox(smtpTransport(smtp.url));
  return smtp.received.filter(
    (m) => m.to && "text" in m.to && m.to.text === address && (m.subject ?? "").startsWith(prefix),
  );
}

function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((a) => a.filename?.endsWith(".ics"))!;
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString("utf8")));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    status: vevent.getFirstPropertyValue("status"),
    event: new ICAL.Event(vevent),
    contentType: attachment.contentType,
  };
}

describe("meeting dates make sense", () => {
  it("refuses a meeting in 2021, more than a year back, more than five years ahead, or ending before it starts — on create and on edit", async () => {
    await expect(createMeeting(lead, input({ startsAt: "2021-05-04T14:00", endsAt: "" }))).rejects.toMatchObject({
      fieldErrors: { startsAt: ["Der Beginn liegt mehr als ein Jahr zurück. Bitte prüfen Sie das Datum."] },
    });
    await expect(createMeeting(lead, input({ startsAt: daysFromNow(-370), endsAt: "" }))).rejects.toMatchObject({
      fieldErrors: { startsAt: ["Der Beginn liegt mehr als ein Jahr zurück. Bitte prüfen Sie das Datum."] },
    });
    await expect(createMeeting(lead, input({ startsAt: daysFromNow(5 * 366), endsAt: "" }))).rejects.toMatchObject({
      fieldErrors: { startsAt: ["Der Beginn liegt mehr als fünf Jahre in der Zukunft. Bitte prüfen Sie das Datum."] },
    });
    await expect(createMeeting(lead, input({ endsAt: daysFromNow(32, "16:00") }))).rejects.toMatchObject({
      fieldErrors: { endsAt: ["Eine Sitzung dauert höchstens 24 Stunden. Bitte prüfen Sie das Ende."] },
    });
    // a meeting entered afterwards, a few weeks back, is fine
    const late = await createMeeting(lead, input({ startsAt: daysFromNow(-20, "14:00"), endsAt: "" }));
    expect(late.startsAt.toISOString()).toBe(berlinIso(daysFromNow(-20, "14:00")));

    const meeting = await createMeeting(lead, input());
    await expect(
      updateMeeting(lead, { ...input({ startsAt: "2021-05-04T14:00", endsAt: "" }), meetingId: meeting.id }),
    ).rejects.toMatchObject({ fieldErrors: { startsAt: [expect.stringContaining("mehr als ein Jahr zurück")] } });
    await expect(
      updateMeeting(lead, { ...input({ endsAt: daysFromNow(30, "13:00") }), meetingId: meeting.id }),
    ).rejects.toMatchObject({ fieldErrors: { endsAt: ["Das Ende muss nach dem Beginn liegen."] } });
    const unchanged = (await getMeeting(lead, meeting.id)).meeting;
    expect(unchanged.startsAt.toISOString()).toBe(berlinIso(daysFromNow(30, "14:00")));
  });
});

describe("editing a meeting", () => {
  it("stores the corrected facts with old and new values in the history; nothing is sent before the invitation", async () => {
    const meeting = await createMeeting(lead, input());
    const result = await updateMeeting(lead, {
      ...input({ title: "7. Sitzung (verlegt)", startsAt: daysFromNow(31, "09:00"), endsAt: "", isPublic: "on" }),
      meetingId: meeting.id,
    });
    expect(result.changed).toEqual(["title", "startsAt", "endsAt", "isPublic"]);
    expect(result.notified).toBe(0);
    expect(result.meeting).toMatchObject({ title: "7. Sitzung (verlegt)", endsAt: null, isPublic: true });

    const { history } = await getMeetingOffice(lead, meeting.id);
    expect(history[0]).toMatchObject({
      action: "meeting.updated",
      details: {
        changes: {
          title: { from: "7. Sitzung des Lenkungskreises", to: "7. Sitzung (verlegt)" },
          startsAt: { from: berlinIso(daysFromNow(30, "14:00")), to: berlinIso(daysFromNow(31, "09:00")) },
          endsAt: { from: berlinIso(daysFromNow(30, "16:00")), to: null },
          isPublic: { from: false, to: true },
        },
        notified: 0,
      },
    });
    expect(history.at(-1)?.action).toBe("meeting.created");

    // the same values again change nothing and leave no entry
    const again = await updateMeeting(lead, {
      ...input({ title: "7. Sitzung (verlegt)", startsAt: daysFromNow(31, "09:00"), endsAt: "", isPublic: "on" }),
      meetingId: meeting.id,
    });
    expect(again.changed).toEqual([]);
    expect((await getMeetingOffice(lead, meeting.id)).history).toHaveLength(history.length);
  });

  it("is refused once the meeting is held or cancelled, and after the invitation for another body", async () => {
    const held = await createMeeting(lead, input({ startsAt: daysFromNow(-3, "14:00"), endsAt: "" }));
    await setMeetingStatus(lead, { meetingId: held.id, status: "HELD" });
    await expect(updateMeeting(lead, { ...input(), meetingId: held.id })).rejects.toThrow(
      "Eine durchgeführte oder abgesagte Sitzung lässt sich nicht mehr bearbeiten; Änderungen gehören ins Protokoll.",
    );
    const invited = await invitedMeeting();
    await expect(
      updateMeeting(lead, { ...input({ bodyId: regions.a.conference.id }), meetingId: invited.id }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("after the invitation a new date or place goes to everyone invited: same UID, higher SEQUENCE, METHOD:REQUEST", async () => {
    const meeting = await invitedMeeting({ title: "Verlegte Sitzung" });
    const [invitation] = await delivered("brueckner@aenderung.example", "Einladung: Verlegte Sitzung");
    const invited = calendarOf(invitation!);
    expect(invited.method).toBe("REQUEST");
    expect(invited.contentType).toBe("text/calendar");

    // a new title alone is no Änderungsmitteilung
    const renamed = await updateMeeting(lead, { ...input({ title: "Verlegte Sitzung" }), meetingId: meeting.id });
    expect(renamed.notified).toBe(0);

    const moved = daysFromNow(33, "10:00");
    const result = await updateMeeting(lead, {
      ...input({ title: "Verlegte Sitzung", startsAt: moved, endsAt: "", location: "Rathaus, Ratssaal" }),
      meetingId: meeting.id,
    });
    expect(result.notified).toBe(2);
    const [change] = await delivered("brueckner@aenderung.example", "Änderung: Verlegte Sitzung");
    expect(change!.subject).toBe(`Änderung: Verlegte Sitzung am ${germanLongDate(moved)} um 10:00 Uhr`);
    expect(change!.text).toContain(`Beginn: bisher ${germanLongDate(daysFromNow(30, "14:00"))} um 14:00 Uhr`);
    expect(change!.text).toContain("Ort: bisher Kreishaus, Raum 2, jetzt Rathaus, Ratssaal");
    const changed = calendarOf(change!);
    expect(changed.method).toBe("REQUEST");
    expect(changed.event.uid).toBe(invited.event.uid);
    expect(changed.event.sequence).toBeGreaterThan(invited.event.sequence);
    expect(changed.event.startDate.toJSDate().toISOString()).toBe(berlinIso(moved));
    expect(changed.event.location).toBe("Rathaus, Ratssaal");
    expect(await delivered("vertretung@aenderung.example", "Änderung: Verlegte Sitzung")).toHaveLength(1);

    const stored = (await getMeeting(lead, meeting.id)).meeting;
    expect(stored.icsSequence).toBe(changed.event.sequence);
    expect((await getMeetingOffice(lead, meeting.id)).history[0]).toMatchObject({
      action: "meeting.updated",
      details: { notified: 2 },
    });
  });

  it("cancelling sends METHOD:CANCEL, STATUS:CANCELLED with the same UID and a higher SEQUENCE", async () => {
    const meeting = await invitedMeeting({ title: "Abzusagende Sitzung" });
    await updateMeeting(lead, {
      ...input({ title: "Abzusagende Sitzung", location: "Raum 3" }),
      meetingId: meeting.id,
    });
    const cancelled = await setMeetingStatus(lead, { meetingId: meeting.id, status: "CANCELLED" });
    expect(cancelled.notified).toBe(2);
    const [change] = await delivered("brueckner@aenderung.example", "Änderung: Abzusagende Sitzung");
    const [cancel] = await delivered("brueckner@aenderung.example", "Absage: Abzusagende Sitzung");
    const calendar = calendarOf(cancel!);
    expect(calendar.method).toBe("CANCEL");
    expect(calendar.status).toBe("CANCELLED");
    expect(calendar.event.uid).toBe(`meeting-${meeting.id}@bildungsnetz`);
    expect(calendar.event.sequence).toBeGreaterThan(calendarOf(change!).event.sequence);
    // cancelling a meeting nobody was invited to sends nothing
    const quiet = await createMeeting(lead, input({ title: "Nie eingeladen" }));
    expect((await setMeetingStatus(lead, { meetingId: quiet.id, status: "CANCELLED" })).notified).toBe(0);
  });
});

describe("Ladungsfrist", () => {
  it("inviting inside the contract's notice period needs an explicit confirmation, which the history records", async () => {
    await expect(saveAgreement(lead, agreement("100"))).rejects.toMatchObject({
      fieldErrors: { noticePeriodDays: ["Bitte geben Sie für die Ladungsfrist eine Zahl von 0 bis 90 an."] },
    });
    await saveAgreement(lead, agreement("21"));
    try {
      const meeting = await createMeeting(
        lead,
        input({ title: "Kurzfristige Sitzung", startsAt: daysFromNow(10, "14:00"), endsAt: "" }),
      );
      await addAgendaItem(lead, { meetingId: meeting.id, version: "1", title: "Bericht", kind: "INFORMATION" });
      const office = await getMeetingOffice(lead, meeting.id);
      expect(office.invitation).toMatchObject({
        noticePeriodDays: 21,
        shortNotice: "Die Ladungsfrist von 21 Tagen ist unterschritten: bis zur Sitzung sind 10 Tage.",
      });
      // the task list names the last day to invite: 21 days before the meeting day
      expect(office.invitation?.deadline?.toISOString().slice(0, 10)).toBe(dateFromNow(10 - 21));
      await expect(sendInvitation(lead, { meetingId: meeting.id })).rejects.toMatchObject({
        fieldErrors: {
          confirmShortNotice: [
            "Die Ladungsfrist von 21 Tagen ist unterschritten: bis zur Sitzung sind 10 Tage. Bitte bestätigen Sie, dass Sie trotzdem einladen.",
          ],
        },
      });
      expect((await getMeeting(lead, meeting.id)).meeting.status).toBe("PLANNED");
      const sent = await sendInvitation(lead, { meetingId: meeting.id, confirmShortNotice: "on" });
      expect(sent).toMatchObject({ queued: 2, shortNotice: expect.stringContaining("21 Tagen") });
      expect((await getMeetingOffice(lead, meeting.id)).history[0]).toMatchObject({
        action: "meeting.invitation-sent",
        details: { noticePeriodDays: 21, daysAhead: 10, shortNoticeConfirmed: true },
      });
      // in time, no confirmation is needed
      const inTime = await createMeeting(lead, input({ startsAt: daysFromNow(22, "14:00"), endsAt: "" }));
      await addAgendaItem(lead, { meetingId: inTime.id, version: "1", title: "Bericht", kind: "INFORMATION" });
      expect((await getMeetingOffice(lead, inTime.id)).invitation?.shortNotice).toBeNull();
      expect(await sendInvitation(lead, { meetingId: inTime.id })).toMatchObject({ queued: 2, shortNotice: null });
    } finally {
      await saveAgreement(lead, agreement("14"));
    }
  });
});

describe("invitation preview", () => {
  it("shows the e-mail exactly as it is sent and every recipient, those without address named", async () => {
    const meeting = await createMeeting(lead, input({ title: "Vorschau-Sitzung" }));
    await addAgendaItem(lead, { meetingId: meeting.id, version: "1", title: "Haushalt", kind: "DECISION" });
    const preview = (await getMeetingOffice(lead, meeting.id)).invitation!;
    expect(preview.recipients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Dörte Brückner", email: "brueckner@aenderung.example", isDeputy: false }),
        expect.objectContaining({ name: "Dörte Vertretung", email: "vertretung@aenderung.example", isDeputy: true }),
        expect.objectContaining({ name: "Dörte Ohne-Adresse", email: "" }),
      ]),
    );
    await sendInvitation(lead, { meetingId: meeting.id });
    const [mail] = await delivered(
      preview.recipients.find((r) => r.name === preview.sampleName)!.email,
      "Einladung: Vorschau",
    );
    expect(mail!.subject).toBe(preview.subject);
    expect(mail!.text?.trim()).toBe(preview.text);
  });
});

describe("agenda from a template", () => {
  it("inserts the standard items around the existing TOPs, and pressing twice adds nothing twice", async () => {
    const meeting = await createMeeting(lead, input());
    await addAgendaItem(lead, {
      meetingId: meeting.id,
      version: "1",
      title: "Bericht des Bildungsbüros",
      kind: "INFORMATION",
    });
    expect((await insertStandardAgenda(lead, { meetingId: meeting.id, version: "2" })).added).toHaveLength(3);
    const titles = async () =>
      (await getMeeting(lead, meeting.id)).agenda.map((i) => `${i.number} ${i.title} ${i.kind}`);
    const expected = [
      "TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit INFORMATION",
      "TOP 2 Genehmigung des Protokolls der letzten Sitzung DECISION",
      "TOP 3 Bericht des Bildungsbüros INFORMATION",
      "TOP 4 Verschiedenes INFORMATION",
    ];
    expect(await titles()).toEqual(expected);
    expect((await insertStandardAgenda(lead, { meetingId: meeting.id, version: "3" })).added).toEqual([]);
    expect(await titles()).toEqual(expected);
    // a stale page is refused like every agenda change
    await expect(insertStandardAgenda(lead, { meetingId: meeting.id, version: "2" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("only for a planned meeting", async () => {
    const meeting = await invitedMeeting();
    await expect(insertStandardAgenda(lead, { meetingId: meeting.id, version: "2" })).rejects.toThrow(
      "Eine Vorlage lässt sich nur in die Tagesordnung einer geplanten Sitzung übernehmen, vor der Einladung.",
    );
  });

  it("copies titles, kinds and descriptions of the body's previous meeting, not those of other bodies", async () => {
    const previous = await createMeeting(lead, {
      ...input({ title: "Vorige Sitzung", startsAt: daysFromNow(-40, "14:00"), endsAt: "" }),
      bodyId: regions.a.office.id,
    });
    await addAgendaItem(lead, {
      meetingId: previous.id,
      version: "1",
      title: "Arbeitsprogramm",
      kind: "DECISION",
      description: "Entwurf des Büros",
      isPublic: "on",
    });
    await addAgendaItem(lead, { meetingId: previous.id, version: "2", title: "Personalien", kind: "DISCUSSION" });
    const other = await createMeeting(lead, {
      // between the two, but of another body
      ...input({ title: "Konferenz", startsAt: daysFromNow(-10, "14:00"), endsAt: "" }),
      bodyId: regions.a.conference.id,
    });
    await addAgendaItem(lead, { meetingId: other.id, version: "1", title: "Fremder TOP", kind: "INFORMATION" });

    const meeting = await createMeeting(lead, {
      ...input({ startsAt: daysFromNow(60, "14:00"), endsAt: "" }),
      bodyId: regions.a.office.id,
    });
    const copied = await copyPreviousAgenda(lead, { meetingId: meeting.id, version: "1" });
    expect(copied.from.id).not.toBe(other.id);
    const agenda = (await getMeeting(lead, meeting.id)).agenda;
    expect(agenda.map((i) => [i.number, i.title, i.kind, i.description, i.isPublic])).toEqual([
      ["TOP 1", "Arbeitsprogramm", "DECISION", "Entwurf des Büros", true],
      ["TOP 2", "Personalien", "DISCUSSION", "", false],
    ]);
    expect(agenda.every((i) => i.decisions.length === 0 && i.documents.length === 0)).toBe(true);
    expect((await copyPreviousAgenda(lead, { meetingId: meeting.id, version: "2" })).added).toEqual([]);
    expect((await getMeeting(lead, previous.id)).agenda).toHaveLength(2);
  });
});

describe("meeting list filters", () => {
  it("filters by body, year and status; malformed values mean all", async () => {
    const conference = await createMeeting(lead, {
      ...input({ title: "Gefilterte Konferenz", startsAt: daysFromNow(45, "14:00"), endsAt: "" }),
      bodyId: regions.a.conference.id,
    });
    const ids = (list: Awaited<ReturnType<typeof listMeetings>>) => [...list.upcoming, ...list.past].map((m) => m.id);
    const byBody = await listMeetings(lead, parseMeetingFilters({ gremium: regions.a.conference.id }));
    expect(ids(byBody)).toContain(conference.id);
    expect([...byBody.upcoming, ...byBody.past].every((m) => m.bodyId === regions.a.conference.id)).toBe(true);
    expect(byBody.isFiltered).toBe(true);

    const year = dateFromNow(45).slice(0, 4);
    const byYear = await listMeetings(lead, parseMeetingFilters({ jahr: year, status: "PLANNED" }));
    expect(ids(byYear)).toContain(conference.id);
    expect(byYear.years).toContain(year);
    const otherYear = String(Number(year) + 3);
    expect(ids(await listMeetings(lead, parseMeetingFilters({ jahr: otherYear })))).toEqual([]);
    expect(
      ids(await listMeetings(lead, parseMeetingFilters({ gremium: regions.a.conference.id, status: "HELD" }))),
    ).toEqual([]);
    expect(parseMeetingFilters({ gremium: "x'; drop", jahr: "20x6", status: "GONE" })).toEqual({
      bodyId: "",
      year: "",
      status: "",
    });
  });
});

describe("another region's meeting", () => {
  it("is not found for editing, cancelling, templates, copying, preview or history", async () => {
    const meeting = await createMeeting(lead, input());
    await expect(
      updateMeeting(foreign, { ...input(), bodyId: regions.b.steering.id, meetingId: meeting.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMeetingStatus(foreign, { meetingId: meeting.id, status: "CANCELLED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(insertStandardAgenda(foreign, { meetingId: meeting.id, version: "1" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(copyPreviousAgenda(foreign, { meetingId: meeting.id, version: "1" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getMeetingOffice(foreign, meeting.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendInvitation(foreign, { meetingId: meeting.id, confirmShortNotice: "on" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // nothing happened to it
    const stored = await withRegion(regions.a.region.id, (tx) =>
      tx.meeting.findUniqueOrThrow({ where: { regionId_id: { regionId: regions.a.region.id, id: meeting.id } } }),
    );
    expect(stored).toMatchObject({ status: "PLANNED", version: 1, icsSequence: 0 });
  });
});
