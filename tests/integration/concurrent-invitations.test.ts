// Issue 19 (remainder): two regions invite the same new address at the same instant. Both
// transactions see no login yet and both insert one; the second insert waited for the first
// and died on the unique address (an unhandled 500 for that office). Now the loser runs
// again and takes the "zusätzlich eingeladen" path; a same-region double click gets the
// German "hat die Rolle … bereits".
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError } from "../../lib/core/errors.ts";
import { createRegion } from "../../lib/platform/create-region.ts";
import { inviteUser } from "../../lib/users/invite-user.ts";
import { createUser } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { asOwner, grantPlatformRoleInTest } from "../support/owner.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
beforeAll(async () => {
  regions = await twoRegions();
});

// Several addresses at once, so that the two transactions of a pair really overlap.
const PAIRS = 8;

describe("two invitations of one new address at the same instant", () => {
  it("two regions: both invitations succeed; one login, one link (for the region that created it), the other 'zusätzlich'", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const emails = Array.from({ length: PAIRS }, (_, i) => `gleichzeitig.${i}@test.example`);
    const results = await Promise.allSettled(
      emails.flatMap((email) => [
        inviteUser(leadA, { email, name: "Gerda Gleichzeitig", role: "PARTNER" }),
        inviteUser(leadB, { email, name: "G. Gleichzeitig", role: "OFFICE_STAFF" }),
      ]),
    );
    const refused = results.filter((r) => r.status === "rejected").map((r) => String(r.reason));
    expect(refused).toEqual([]);

    for (const email of emails) {
      const logins = await asOwner<{ createdByRegionId: string; tokens: number }>(
        `SELECT u."createdByRegionId", (SELECT count(*)::int FROM "PasswordToken" t WHERE t."userId" = u."id") AS tokens
           FROM "User" u WHERE u."email" = $1`,
        [email],
      );
      expect(logins).toHaveLength(1);
      expect(logins[0]!.tokens).toBe(1);
      const creator = logins[0]!.createdByRegionId;
      for (const region of [regions.a.region, regions.b.region]) {
        const [mail] = await withRegion(region.id, (tx) => tx.outboxEmail.findMany({ where: { toAddress: email } }));
        if (region.id === creator) expect(mail!.textBody).toContain("/passwort-setzen?token=");
        else {
          expect(mail!.textBody).toContain("Sie wurden zusätzlich als");
          expect(mail!.textBody).not.toContain("passwort-setzen");
        }
      }
    }
    const links = results.map((r) => (r.status === "fulfilled" ? r.value.link : "refused"));
    expect(links.filter((link) => link !== null)).toHaveLength(PAIRS);
  });

  it("one region, the same address twice at once: one invitation, the other a German conflict message", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const emails = Array.from({ length: PAIRS }, (_, i) => `doppelklick.${i}@test.example`);
    const results = await Promise.allSettled(
      emails.flatMap((email) => [
        inviteUser(leadA, { email, name: "Doris Doppelklick", role: "PARTNER" }),
        inviteUser(leadA, { email, name: "Doris Doppelklick", role: "PARTNER" }),
      ]),
    );
    for (let i = 0; i < PAIRS; i++) {
      const pair = results.slice(2 * i, 2 * i + 2);
      // Either both ran one after the other (the second sends a fresh link: the login is the
      // region's own and still pending) or they overlapped (the second is told the role is held).
      for (const outcome of pair) {
        if (outcome.status === "rejected") {
          expect(outcome.reason).toBeInstanceOf(ConflictError);
          expect(String(outcome.reason)).toContain("hat die Rolle „Bildungspartner*in“ in dieser Region bereits");
        }
      }
      expect(pair.some((o) => o.status === "fulfilled")).toBe(true);
    }
  });

  it("a new region's first lead whose address another transaction creates meanwhile: the region is made, the lead gets the role (no 'Adresse bereits vergeben')", async () => {
    const admin = await withoutRegion((tx) => createUser(tx));
    await grantPlatformRoleInTest(admin.id, "PLATFORM_ADMIN");
    const email = "erste.leitung@test.example";
    // The other transaction (an invitation of another region, here as the owner) has
    // inserted the login and not yet committed: createRegion finds none and waits at its insert.
    const other = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`INSERT INTO "User" ("id", "email", "name") VALUES (gen_random_uuid(), $1, 'Lena Leitung')`, [
        email,
      ]);
      const created = createRegion(
        { userId: admin.id, platformRole: "PLATFORM_ADMIN" },
        {
          name: "Kreis Gleichzeitig",
          slug: "kreis-gleichzeitig",
          kind: "KREIS",
          governmentDistrictId: regions.a.region.governmentDistrictId,
          leadName: "Lena Leitung",
          leadEmail: email,
        },
      ).catch((error: unknown) => error);
      await untilSomeoneWaitsForALock(other);
      await other.query("COMMIT");
      const region = await created;
      expect(region).not.toBeInstanceOf(Error);
      expect((region as Awaited<ReturnType<typeof createRegion>>).lead.link).toBeNull();
    } finally {
      await other.end();
    }
  });
});

/** Waits until a query of the app role waits for a lock (the insert behind the uncommitted one). */
async function untilSomeoneWaitsForALock(client: pg.Client) {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE NOT l.granted AND a.datname = current_database()`,
    );
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
