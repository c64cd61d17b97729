// Issue 19, finding 8: the app role on the global tables ("User", "PasswordToken") may do only
// what a use case needs. Connected as the app role with no region set, it cannot read password
// hashes or tokens, cannot make anyone a platform admin, cannot delete logins; passwords and
// links go through the SECURITY DEFINER functions of migration "global_table_privileges", each
// of which refuses what its use case does not need. Login, set-password, invitation, logout and
// platform region creation are covered end to end by auth, log-out, users-and-platform and
// invitation-across-regions tests, which run as the same role.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password.ts";
import { withoutRegion } from "../../lib/core/db/client.ts";
import { hashToken, newToken } from "../../lib/users/password-token.ts";
import { createUser } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let app: pg.Client;
let owner: pg.Client;
let regions: Awaited<ReturnType<typeof twoRegions>>;

beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  owner = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
  await Promise.all([app.connect(), owner.connect()]);
  regions = await twoRegions();
});
afterAll(() => Promise.all([app.end(), owner.end()]));

/** Runs `sql` as the app role in its own transaction (rolled back) and returns the SQLSTATE. */
async function sqlstateOf(sql: string, params: unknown[] = []): Promise<string | null> {
  await app.query("BEGIN");
  try {
    await app.query(sql, params);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? "unknown";
  } finally {
    await app.query("ROLLBACK");
  }
}

const DENIED = "42501";

describe("finding 8: the app role on the global tables, with no region set", () => {
  it("cannot read password hashes or password tokens", async () => {
    const { rows: setting } = await app.query(`SELECT current_setting('app.region_id', true) AS region`);
    expect(setting[0].region || null).toBeNull();
    expect(await sqlstateOf(`SELECT "passwordHash" FROM "User"`)).toBe(DENIED);
    expect(await sqlstateOf(`SELECT * FROM "User"`)).toBe(DENIED);
    expect(await sqlstateOf(`SELECT count(*) FROM "User" WHERE "passwordHash" LIKE '$argon2%'`)).toBe(DENIED);
    expect(await sqlstateOf(`SELECT "tokenHash" FROM "PasswordToken"`)).toBe(DENIED);
    expect(await sqlstateOf(`SELECT count(*) FROM "PasswordToken"`)).toBe(DENIED);
    // what the portal does read stays readable
    const { rows } = await app.query(
      `SELECT "id", "email", "name", "sessionVersion", "platformRole", "disabledAt" FROM "User" WHERE "id" = $1`,
      [regions.a.user.id],
    );
    expect(rows).toHaveLength(1);
  });

  it("cannot grant a platform role, by update or by a new login", async () => {
    const id = regions.a.user.id;
    expect(await sqlstateOf(`UPDATE "User" SET "platformRole" = 'PLATFORM_ADMIN' WHERE "id" = $1`, [id])).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "User" SET "platformRole" = 'PLATFORM_ADMIN'`)).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "User" SET "governmentDistrictId" = NULL`)).toBe(DENIED);
    expect(
      await sqlstateOf(
        `INSERT INTO "User" ("id", "email", "name", "platformRole") VALUES ($1, $2, 'X', 'PLATFORM_ADMIN')`,
        [randomUUID(), `admin-${randomUUID()}@test.example`],
      ),
    ).toBe(DENIED);
  });

  it("cannot delete logins or write password hashes, tokens or other account columns directly", async () => {
    const id = regions.b.user.id;
    expect(await sqlstateOf(`DELETE FROM "User"`)).toBe(DENIED);
    expect(await sqlstateOf(`DELETE FROM "User" WHERE "id" = $1`, [id])).toBe(DENIED);
    expect(await sqlstateOf(`TRUNCATE "User" CASCADE`)).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "User" SET "passwordHash" = 'x' WHERE "id" = $1`, [id])).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "User" SET "email" = 'x@test.example' WHERE "id" = $1`, [id])).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "User" SET "disabledAt" = NULL WHERE "id" = $1`, [id])).toBe(DENIED);
    expect(
      await sqlstateOf(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ($1, $2, 'X', '$argon2id$x')`,
        [randomUUID(), `hash-${randomUUID()}@test.example`],
      ),
    ).toBe(DENIED);
    expect(
      await sqlstateOf(
        `INSERT INTO "PasswordToken" ("id", "userId", "tokenHash", "purpose", "expiresAt") VALUES ($1, $2, 'h', 'RESET', now() + interval '1 day')`,
        [randomUUID(), id],
      ),
    ).toBe(DENIED);
    expect(await sqlstateOf(`UPDATE "PasswordToken" SET "usedAt" = NULL`)).toBe(DENIED);
    expect(await sqlstateOf(`DELETE FROM "PasswordToken"`)).toBe(DENIED);
  });

  it("the password functions hand out nothing beyond their use case", async () => {
    // a login's hash only for the one address asked, nothing for a pattern
    const { rows: hash } = await app.query(`SELECT app_login_password_hash($1) AS h`, [
      regions.a.user.email.toUpperCase(),
    ]);
    expect(hash[0].h).toMatch(/^\$argon2id\$/);
    const { rows: none } = await app.query(`SELECT app_login_password_hash('%') AS h`);
    expect(none[0].h).toBeNull();

    // a link only for a pending login created by the region of the transaction
    const { tokenHash } = newToken();
    const issueFor = (regionId: string, userId: string) =>
      sqlstateOf(
        `SELECT set_config('app.region_id', $1, true), app_issue_password_token($2, $3, now() + interval '7 days')`,
        [regionId, userId, tokenHash],
      );
    expect(await issueFor(regions.a.region.id, regions.a.user.id)).toBe(DENIED); // has a password
    const pending = await withoutRegion((tx) =>
      tx.user.create({
        data: { email: `offen-${randomUUID()}@test.example`, name: "Offen", createdByRegionId: regions.a.region.id },
        select: { id: true },
      }),
    );
    expect(await issueFor(regions.b.region.id, pending.id)).toBe(DENIED); // another region's login
    expect(
      await sqlstateOf(`SELECT app_issue_password_token($1, $2, now() + interval '7 days')`, [pending.id, tokenHash]),
    ).toBe(DENIED); // no region at all
    expect(await issueFor(regions.a.region.id, pending.id)).toBeNull();

    // a password without a link only for a login created in the same transaction
    const argon = await hashPassword("Nicht-Gesetzt-1");
    expect(await sqlstateOf(`SELECT app_set_new_login_password($1, $2)`, [pending.id, argon])).toBe(DENIED);
    expect(await sqlstateOf(`SELECT app_set_new_login_password($1, $2)`, [regions.a.user.id, argon])).toBe(DENIED);

    // a token sets only an argon2 hash, and an unknown token nothing
    const { rows: unknown } = await app.query(`SELECT * FROM app_set_password_with_token($1, $2)`, [
      hashToken("kein-echter-token"),
      argon,
    ]);
    expect(unknown).toEqual([]);
    expect(await sqlstateOf(`SELECT * FROM app_set_password_with_token($1, '!eingeladen')`, [tokenHash])).toBe("22023");
  });

  it("every SECURITY DEFINER function is owned by the owner role, pins its search_path and is not PUBLIC's", async () => {
    const { rows } = await owner.query<{ name: string; owner: string; config: string[] | null; public: boolean }>(`
      SELECT p.proname AS name, pg_get_userbyid(p.proowner) AS owner, p.proconfig AS config,
             has_function_privilege('public', p.oid, 'EXECUTE') AS public
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
       WHERE p.prosecdef ORDER BY p.proname`);
    const names = rows.map((r) => r.name);
    for (const fn of [
      "app_issue_password_token",
      "app_login_password_hash",
      "app_login_pending",
      "app_password_token_usable",
      "app_set_new_login_password",
      "app_set_password_with_token",
    ])
      expect(names).toContain(fn);
    for (const row of rows) {
      if (!row.name.startsWith("app_login") && !row.name.includes("password")) continue;
      expect(row.owner, row.name).toBe("bildungsnetz_owner");
      expect(row.config ?? [], row.name).toContainEqual(expect.stringMatching(/^search_path=/));
      expect(row.public, row.name).toBe(false);
    }
  });

  it("the portal's own account steps still work as the app role: create, log in, log out", async () => {
    const user = await withoutRegion((tx) => createUser(tx, { password: "Richtig-Acht-8" }));
    const { rows } = await app.query(`SELECT app_login_password_hash($1) AS h`, [user.email]);
    expect(rows[0].h).toMatch(/^\$argon2id\$/);
    const bumped = await withoutRegion((tx) =>
      tx.user.updateMany({
        where: { id: user.id, sessionVersion: user.sessionVersion },
        data: { sessionVersion: { increment: 1 } },
      }),
    );
    expect(bumped.count).toBe(1);
  });
});
