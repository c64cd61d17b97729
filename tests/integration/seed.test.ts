import { describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { recordAudit } from "../../lib/core/audit/record-audit.ts";
import { DEMO_PASSWORD, seedDemoData } from "../../prisma/seed.ts";
import { authenticate } from "../../lib/auth/authenticate.ts";
import { utcToBerlinLocal } from "../../lib/core/validation/berlin-time.ts";
import { dateFromNow } from "../support/clock.ts";

describe("demo data", () => {
  it("seeds three regions through the app role, once", async () => {
    const ownerUrl = process.env.TEST_OWNER_DATABASE_URL!;
    // the app role alone cannot grant the demo platform roles: refused before anything is written
    await expect(seedDemoData(() => {}, { ownerUrl: process.env.DATABASE_URL })).rejects.toThrow(/Besitzer-Rolle/);
    const first = await seedDemoData(() => {}, { ownerUrl });
    expect(first.regions).toEqual(["kreis-mettmann", "bielefeld", "rhein-sieg-kreis"]);
    expect((await seedDemoData(() => {}, { ownerUrl })).created).toBe(false);
    const platform = await withoutRegion((tx) =>
      tx.user.findMany({ where: { platformRole: { not: null } }, select: { email: true, platformRole: true } }),
    );
    expect(platform.map((u) => [u.email, u.platformRole]).sort()).toEqual([
      ["admin@bildungsnetz.example", "PLATFORM_ADMIN"],
      ["aufsicht@bezreg-detmold.example", "SUPERVISOR"],
    ]);

    const regions = await withoutRegion((tx) => tx.region.findMany({ include: { governmentDistrict: true } }));
    expect(Object.fromEntries(regions.map((r) => [r.slug, r.governmentDistrict.slug]))).toEqual({
      "kreis-mettmann": "duesseldorf",
      bielefeld: "detmold",
      "rhein-sieg-kreis": "koeln",
    });
  });

  it("Kreis Mettmann's Lenkungskreis follows its contract's seat rules", async () => {
    const region = await withoutRegion((tx) => tx.region.findUniqueOrThrow({ where: { slug: "kreis-mettmann" } }));
    const rules = await withRegion(region.id, (tx) =>
      tx.seatRule.findMany({
        where: { regionId: region.id, body: { slug: "lenkungskreis" }, hasVote: true },
        include: { seatCategory: true },
      }),
    );
    const byKey = Object.fromEntries(rules.map((r) => [r.seatCategory.key, [r.minSeats, r.maxSeats]]));
    expect(byKey).toEqual({
      schulaufsicht: [0, 3],
      kreis: [1, 1],
      kommune: [0, 3],
      schulleitung: [2, 2],
      bildungsbuero: [2, 2],
    });
    const members = await withRegion(region.id, (tx) =>
      tx.membership.findMany({
        where: { regionId: region.id, body: { slug: "lenkungskreis" } },
        include: { person: true },
      }),
    );
    expect(members).toHaveLength(9);
    expect(members.some((m) => /[äöüßÄÖÜ]/.test(m.person.familyName))).toBe(true);
  });

  it("dates lie relative to the day of seeding: upcoming meetings, offers and the Fachtag stay ahead, the held meeting behind", async () => {
    const region = await withoutRegion((tx) => tx.region.findUniqueOrThrow({ where: { slug: "kreis-mettmann" } }));
    const now = Date.now();
    const { meetings, offerDates, events, poll } = await withRegion(region.id, async (tx) => ({
      meetings: await tx.meeting.findMany({ where: { regionId: region.id }, orderBy: { startsAt: "asc" } }),
      offerDates: await tx.offerDate.findMany({ where: { regionId: region.id } }),
      events: await tx.event.findMany({ where: { regionId: region.id }, orderBy: { startsAt: "asc" } }),
      poll: await tx.poll.findFirstOrThrow({ where: { regionId: region.id, method: "RANKING" } }),
    }));
    const day = (d: Date) => utcToBerlinLocal(d).slice(0, 10);
    expect(meetings.map((m) => [m.status, day(m.startsAt)])).toEqual([
      ["HELD", dateFromNow(-60)],
      ["INVITED", dateFromNow(9)],
      ["PLANNED", dateFromNow(30)],
    ]);
    expect(offerDates.length).toBeGreaterThan(0);
    expect(offerDates.every((d) => d.startsAt.getTime() > now)).toBe(true);
    expect(events.map((e) => day(e.startsAt))).toEqual([dateFromNow(-120), dateFromNow(45)]);
    expect(events[0]!.title).toBe(`Bildungskonferenz ${utcToBerlinLocal(events[0]!.startsAt).slice(0, 4)}`);
    expect(poll.title).toBe(
      `Prioritäten für das Arbeitsprogramm ${Number(utcToBerlinLocal(new Date()).slice(0, 4)) + 1}`,
    );
  });

  it("Bielefeld has its four Quartiere", async () => {
    const region = await withoutRegion((tx) => tx.region.findUniqueOrThrow({ where: { slug: "bielefeld" } }));
    const quarters = await withRegion(region.id, (tx) =>
      tx.locality.findMany({ where: { regionId: region.id, kind: "QUARTER" } }),
    );
    expect(quarters).toHaveLength(4);
  });

  it("every demo login works with the documented password", async () => {
    const users = await withoutRegion((tx) => tx.user.findMany({ select: { email: true } }));
    expect(users.length).toBe(13);
    for (const { email } of users) {
      expect((await authenticate({ email, password: DEMO_PASSWORD }, "seed-test")).ok, email).toBe(true);
    }
  });

  it("audit entries are written with their change and only in its region", async () => {
    const [a, b] = await withoutRegion((tx) => tx.region.findMany({ take: 2, orderBy: { slug: "asc" } }));
    await withRegion(a!.id, (tx) =>
      recordAudit(tx, { regionId: a!.id, actorId: null, action: "test.recorded", entityType: "Test" }),
    );
    await expect(
      withRegion(a!.id, (tx) =>
        recordAudit(tx, { regionId: b!.id, actorId: null, action: "test.foreign", entityType: "Test" }),
      ),
    ).rejects.toThrow(/row-level security/);
    const entries = await withRegion(a!.id, (tx) =>
      tx.auditEvent.findMany({ where: { action: { startsWith: "test." } } }),
    );
    expect(entries.map((e) => e.action)).toEqual(["test.recorded"]);
  });
});
