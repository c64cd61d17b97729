import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { getPublicEvent } from "../../lib/events/get-public-event.ts";
import {
  addEventForum,
  createEvent,
  getEventAdmin,
  listEvents,
  removeEventForum,
  updateEvent,
  updateEventForum,
} from "../../lib/events/manage-events.ts";
import { badgesPdf, participantsCsv } from "../../lib/events/participants-export.ts";
import {
  cancelRegistrationByOffice,
  cancelRegistrationByToken,
  findRegistrationByToken,
  registerForEvent,
  REGISTRATIONS_PER_CLIENT,
} from "../../lib/events/registrations.ts";
import { listPublicDates } from "../../lib/calendar/public-dates.ts";
import { anonymisePastRegistrations, RETENTION_DAYS } from "../../lib/events/retention.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let foreign: Actor;

const future = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T09:00`;
};
const conference = (extra: Record<string, string> = {}) => ({
  kind: "CONFERENCE",
  title: "4. Bildungskonferenz",
  description: "Alle Bildungsakteure der Region.",
  startsAt: future(30),
  endsAt: future(30).replace("T09", "T16"),
  location: "Kreishaus, Großer Saal",
  capacity: "20",
  registrationOpen: "on",
  isPublic: "on",
  ...extra,
});
const person = (n: number) => ({
  name: `Teilnehmerin ${n}`,
  institution: `Grundschule ${n}`,
  email: `person${n}@schule.example`,
  consent: "on",
});
const mailsTo = (regionId: string, address: string) =>
  withRegion(regionId, (tx) =>
    tx.outboxEmail.findMany({ where: { regionId, toAddress: address }, orderBy: { createdAt: "asc" } }),
  );
const tokenOf = (text: string) => /\/veranstaltungen\/stornieren\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
  foreign = await actorFor(regions.b.region.id, regions.b.user.id);
});

describe("conference registration with capacity and waiting list", () => {
  it("30 concurrent registrations for 20 places: 20 confirmed, 10 waiting in order of arrival, nobody lost", async () => {
    const event = await createEvent(lead, conference());
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        registerForEvent(regions.a.region.id, { eventId: event.id, ...person(i + 1) }),
      ),
    );
    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(20);
    expect(
      results
        .filter((r) => r.status === "WAITING")
        .map((r) => r.waitingPosition)
        .sort((a, b) => a! - b!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const { event: stored } = await getEventAdmin(lead, event.id);
    expect(stored.registrations).toHaveLength(30);
    expect(stored.registrations.map((r) => r.sequence)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // the first 20 arrivals hold the places, the next 10 wait in the order they came
    expect(stored.registrations.slice(0, 20).every((r) => r.status === "CONFIRMED")).toBe(true);
    expect(stored.registrations.slice(20).every((r) => r.status === "WAITING")).toBe(true);
    expect(new Set(stored.registrations.map((r) => r.email)).size).toBe(30);
    const outbox = await withRegion(regions.a.region.id, (tx) =>
      tx.outboxEmail.count({
        where: { regionId: regions.a.region.id, idempotencyKey: { startsWith: "event-registration:" } },
      }),
    );
    expect(outbox).toBe(30);
    expect(await getPublicEvent(regions.a.region.id, event.id)).toMatchObject({
      placesLeft: 0,
      waiting: 10,
      open: true,
    });
  });

  it("a cancellation through the personal link moves the first on the waiting list up and tells them", async () => {
    const event = await createEvent(lead, conference({ title: "Fachtag Übergang", kind: "SYMPOSIUM", capacity: "2" }));
    for (const n of [101, 102, 103, 104])
      await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(n) });
    const [confirmation] = await mailsTo(regions.a.region.id, "person101@schule.example");
    expect(confirmation!.subject).toBe("Anmeldung bestätigt: Fachtag Übergang");
    expect(confirmation!.attachments).toEqual([
      expect.objectContaining({
        filename: "veranstaltung.ics",
        content: expect.stringContaining(`UID:event-${event.id}@bildungsnetz`),
      }),
    ]);
    const token = tokenOf(confirmation!.textBody);
    expect(token).not.toBe("");
    expect(confirmation!.textBody).toContain(`/${regions.a.region.slug}/veranstaltungen/stornieren/${token}`);
    const [waitingMail] = await mailsTo(regions.a.region.id, "person103@schule.example");
    expect(waitingMail!.textBody).toContain("Platz 1 der Warteliste");
    expect(waitingMail!.attachments).toEqual([]);

    expect(await findRegistrationByToken(regions.a.region.id, token)).toMatchObject({
      name: "Teilnehmerin 101",
      status: "CONFIRMED",
    });
    // the token does not work under another region's address
    expect(await findRegistrationByToken(regions.b.region.id, token)).toBeNull();
    await expect(cancelRegistrationByToken(regions.b.region.id, token)).rejects.toBeInstanceOf(NotFoundError);

    expect(await cancelRegistrationByToken(regions.a.region.id, token)).toMatchObject({ alreadyCancelled: false });
    expect(await cancelRegistrationByToken(regions.a.region.id, token)).toMatchObject({ alreadyCancelled: true });
    const { event: after } = await getEventAdmin(lead, event.id);
    expect(after.registrations.map((r) => [r.sequence, r.status])).toEqual([
      [1, "CANCELLED"],
      [2, "CONFIRMED"],
      [3, "CONFIRMED"],
      [4, "WAITING"],
    ]);
    const movedUp = await mailsTo(regions.a.region.id, "person103@schule.example");
    expect(movedUp.map((m) => m.subject)).toEqual([
      "Warteliste: Fachtag Übergang",
      "Ihr Platz ist frei: Fachtag Übergang",
    ]);
    expect((await mailsTo(regions.a.region.id, "person101@schule.example")).map((m) => m.subject)).toContain(
      "Stornierung: Fachtag Übergang",
    );

    // the office cancels on the phone; more places move the rest up
    const third = after.registrations.find((r) => r.sequence === 3)!;
    expect(await cancelRegistrationByOffice(lead, { registrationId: third.id })).toMatchObject({ promoted: 1 });
    await expect(
      updateEvent(lead, {
        eventId: event.id,
        ...conference({ title: "Fachtag Übergang", kind: "SYMPOSIUM", capacity: "1" }),
      }),
    ).rejects.toMatchObject({
      fieldErrors: { capacity: [expect.stringContaining("bereits 2 Anmeldungen bestätigt")] },
    });
    // cancelled people may register again, and land at the end
    const again = await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(101) });
    expect(again).toMatchObject({ status: "WAITING", waitingPosition: 1 });
    const grown = await updateEvent(lead, {
      eventId: event.id,
      ...conference({ title: "Fachtag Übergang", kind: "SYMPOSIUM", capacity: "5" }),
    });
    expect(grown.promoted).toBe(1);
  });

  it("refuses a second registration with the same address, a forum of another event, missing consent; keeps nothing half-saved", async () => {
    const event = await createEvent(lead, conference({ title: "Austauschforum MINT", kind: "EXCHANGE_FORUM" }));
    const other = await createEvent(lead, conference({ title: "Anderes Forum" }));
    const otherForum = await addEventForum(lead, { eventId: other.id, title: "Forum X" });
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(201) });
    await expect(
      registerForEvent(regions.a.region.id, { eventId: event.id, ...person(201), email: "PERSON201@schule.example" }),
    ).rejects.toMatchObject({ fieldErrors: { email: [expect.stringContaining("bereits eine Anmeldung")] } });
    await expect(
      registerForEvent(regions.a.region.id, { eventId: event.id, ...person(202), forumId: otherForum.id }),
    ).rejects.toMatchObject({ fieldErrors: { forumId: [expect.any(String)] } });
    await expect(
      registerForEvent(regions.a.region.id, { eventId: event.id, ...person(203), consent: "" }),
    ).rejects.toMatchObject({ fieldErrors: { consent: [expect.stringContaining("verarbeiten")] } });
    await expect(
      registerForEvent(regions.a.region.id, { eventId: event.id, ...person(204), email: "keine-adresse" }),
    ).rejects.toMatchObject({ fieldErrors: { email: [expect.stringContaining("gültige E-Mail-Adresse")] } });
    const { event: stored } = await getEventAdmin(lead, event.id);
    expect(stored.registrations).toHaveLength(1);
    // closed registration
    await updateEvent(lead, {
      eventId: event.id,
      ...conference({ title: "Austauschforum MINT", kind: "EXCHANGE_FORUM", registrationOpen: "" }),
    });
    await expect(registerForEvent(regions.a.region.id, { eventId: event.id, ...person(205) })).rejects.toThrow(
      "Die Anmeldung zu dieser Veranstaltung ist geschlossen.",
    );
  });

  it("participant list as CSV (formula-safe) and name badges with attendance list as PDF", async () => {
    const event = await createEvent(lead, conference({ title: "Konferenz mit Liste", capacity: "2" }));
    const forum = await addEventForum(lead, {
      eventId: event.id,
      title: "Forum MINT",
      fieldOfActionId: regions.a.fields[0]!.id,
    });
    await registerForEvent(regions.a.region.id, {
      eventId: event.id,
      ...person(301),
      name: '=HYPERLINK("x")',
      forumId: forum.id,
    });
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(302), name: "Jürgen Öztürk" });
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(303) });
    const { csv, fileName } = await participantsCsv(lead, event.id);
    expect(fileName).toBe("teilnehmende-konferenz-mit-liste.csv");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Nr.;Name;Einrichtung;E-Mail;Forum;Status;Angemeldet am");
    expect(lines[1]).toMatch(
      /^1;"'=HYPERLINK\(""x""\)";Grundschule 301;person301@schule\.example;Forum MINT;bestätigt;/,
    );
    expect(lines[2]).toContain("Jürgen Öztürk");
    expect(lines[3]).toContain(";Warteliste;");
    // the programme can be corrected; a chosen forum stays, an unchosen one can go
    expect(
      await updateEventForum(lead, {
        forumId: forum.id,
        title: "Forum MINT-Bildung",
        fieldOfActionId: regions.a.fields[0]!.id,
      }),
    ).toMatchObject({ title: "Forum MINT-Bildung" });
    await expect(removeEventForum(lead, { forumId: forum.id })).rejects.toThrow(/haben Teilnehmende gewählt/);
    const spare = await addEventForum(lead, { eventId: event.id, title: "Forum Reserve" });
    await removeEventForum(lead, { forumId: spare.id });
    expect((await getEventAdmin(lead, event.id)).event.forums.map((f) => [f.position, f.title])).toEqual([
      [1, "Forum MINT-Bildung"],
    ]);
    await expect(updateEventForum(foreign, { forumId: forum.id, title: "Fremd" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(removeEventForum(foreign, { forumId: forum.id })).rejects.toBeInstanceOf(NotFoundError);
    const { pdf } = await badgesPdf(lead, event.id);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1500);
  });

  it("public events appear in the region's dates; unpublished ones do not", async () => {
    const shown = await createEvent(lead, conference({ title: "Öffentliche Konferenz" }));
    const hidden = await createEvent(lead, conference({ title: "Interne Klausur", isPublic: "" }));
    const dates = (await listPublicDates(regions.a.region))!.dates;
    expect(
      dates.some(
        (d) =>
          d.kind === "event" &&
          d.title === "Öffentliche Konferenz" &&
          d.path === `/${regions.a.region.slug}/veranstaltungen/${shown.id}`,
      ),
    ).toBe(true);
    expect(dates.some((d) => d.title === "Interne Klausur")).toBe(false);
    expect(await getPublicEvent(regions.a.region.id, hidden.id)).toBeNull();
    await expect(registerForEvent(regions.a.region.id, { eventId: hidden.id, ...person(401) })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("one client address is stopped after 30 registrations within 15 minutes; others still register", async () => {
    const event = await createEvent(lead, conference({ title: "Viel gefragt", capacity: "500" }));
    for (let n = 0; n < REGISTRATIONS_PER_CLIENT; n++)
      await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(600 + n) }, "203.0.113.7");
    await expect(
      registerForEvent(regions.a.region.id, { eventId: event.id, ...person(700) }, "203.0.113.7"),
    ).rejects.toMatchObject({ kind: "throttled" });
    expect(
      await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(701) }, "198.51.100.9"),
    ).toMatchObject({ status: "CONFIRMED" });
    await withRegion(regions.a.region.id, (tx) =>
      tx.loginThrottle.deleteMany({ where: { key: { startsWith: "event-registration:" } } }),
    );
  });

  it("cross-region: another region neither sees, changes, exports nor registers for an event", async () => {
    const event = await createEvent(lead, conference({ title: "Nur Region A" }));
    const { event: a } = await getEventAdmin(lead, event.id);
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(501) });
    await expect(getEventAdmin(foreign, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateEvent(foreign, { eventId: event.id, ...conference() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addEventForum(foreign, { eventId: event.id, title: "Fremdes Forum" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(participantsCsv(foreign, event.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(registerForEvent(regions.b.region.id, { eventId: event.id, ...person(502) })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await getPublicEvent(regions.b.region.id, event.id)).toBeNull();
    const registrationId = (await getEventAdmin(lead, event.id)).event.registrations[0]!.id;
    await expect(cancelRegistrationByOffice(foreign, { registrationId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listEvents(foreign)).map((e) => e.id)).not.toContain(a.id);
    expect((await getEventAdmin(lead, event.id)).event.registrations.map((r) => r.status)).toEqual(["CONFIRMED"]);
  });
});

describe("data minimisation", () => {
  it(`${RETENTION_DAYS} days after an event its registrations lose name, institution and address; other regions' and later events' stay`, async () => {
    const event = await createEvent(lead, conference({ title: "Längst vorbei", capacity: "1" }));
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(801) });
    await registerForEvent(regions.a.region.id, { eventId: event.id, ...person(802) });
    const later = await createEvent(lead, conference({ title: "Noch frisch" }));
    await registerForEvent(regions.a.region.id, { eventId: later.id, ...person(803) });
    const other = await createEvent(foreign, conference({ title: "Region B" }));
    await registerForEvent(regions.b.region.id, { eventId: other.id, ...person(804) });
    // the event and the mails lie RETENTION_DAYS + 1 days back
    const past = new Date(Date.now() - (RETENTION_DAYS + 1) * 86_400_000);
    await withRegion(regions.a.region.id, async (tx) => {
      await tx.event.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: event.id } },
        data: { startsAt: past, endsAt: past },
      });
      await tx.outboxEmail.updateMany({
        where: {
          regionId: regions.a.region.id,
          toAddress: { in: ["person801@schule.example", "person802@schule.example"] },
        },
        data: { status: "SENT", createdAt: past },
      });
    });
    const result = await anonymisePastRegistrations();
    expect(result.anonymised).toBeGreaterThanOrEqual(2);
    const gone = (await getEventAdmin(lead, event.id)).event.registrations;
    expect(
      gone.map((r) => [r.name, r.institution, r.email.endsWith("@anonym.invalid"), r.status, r.anonymisedAt !== null]),
    ).toEqual([
      ["Gelöschte Anmeldung", "", true, "CONFIRMED", true],
      ["Gelöschte Anmeldung", "", true, "WAITING", true],
    ]);
    expect(await mailsTo(regions.a.region.id, "person801@schule.example")).toEqual([]);
    expect((await getEventAdmin(lead, later.id)).event.registrations[0]).toMatchObject({
      name: "Teilnehmerin 803",
      anonymisedAt: null,
    });
    expect((await getEventAdmin(foreign, other.id)).event.registrations[0]).toMatchObject({
      name: "Teilnehmerin 804",
      anonymisedAt: null,
    });
    expect((await anonymisePastRegistrations()).anonymised).toBe(0);
  });
});
