// Reliability drill "Backup and restore" (issue 19): demo data → pg_dump (custom format) →
// pg_restore into a fresh database → row counts, RLS flags, policies, grants, function owners
// identical, and the app role's refusals still hold.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  backupDatabase,
  databaseFingerprint,
  ensurePgTool,
  findPgTool,
  missingToolMessage,
  restoreDatabase,
  serverMajor,
} from "../../lib/core/db/backup.ts";
import { canBuildPgClient } from "../../lib/core/db/build-pg-client.ts";
import { dropDatabase, withCredentials, withDatabase } from "../../lib/core/db/bootstrap.ts";
import { disconnectDb } from "../../lib/core/db/client.ts";
import { APP_ROLE, OWNER_ROLE } from "../../lib/core/db/roles.ts";
import { seedDemoData } from "../../prisma/seed.ts";

const { adminUrl, ownerPassword, appPassword } = inject("testDb");
const major = await serverMajor(adminUrl);
// The embedded PostgreSQL 18 ships no pg_dump/pg_restore and Debian 12 packages only the client
// of 15: there the drill builds the client of the server's version from Debian's signed source
// package first (lib/core/db/build-pg-client.ts, about a minute, kept in .data/pg-client).
// Skipped only where neither a fitting client nor the build tools exist.
const missing =
  (findPgTool("pg_dump", major) && findPgTool("pg_restore", major)) || canBuildPgClient()
    ? null
    : missingToolMessage("pg_dump", major);
if (missing) console.warn(`[backup-restore] Drill übersprungen: ${missing}`);

const sourceDb = new URL(process.env.DATABASE_URL!).pathname.slice(1);
const targetDb = `${sourceDb}_restored`;
const dir = mkdtempSync(path.join(tmpdir(), "bn-backup-"));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabase(adminUrl, targetDb);
});

async function asApp<T>(database: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: withCredentials(withDatabase(adminUrl, database), APP_ROLE, appPassword),
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("backup and restore drill", () => {
  it.skipIf(missing !== null)(
    `restores demo data with identical rows, RLS, policies, grants and refusals${missing ? ` — übersprungen: ${missing}` : ""}`,
    { timeout: 600_000 },
    async () => {
      const dump = await ensurePgTool("pg_dump", major, console.info);
      const restore = await ensurePgTool("pg_restore", major, console.info);
      expect([dump.major, restore.major]).toEqual([major, major]);
      await seedDemoData(() => {}, { ownerUrl: process.env.TEST_OWNER_DATABASE_URL });
      await disconnectDb();
      const sourceUrl = withDatabase(adminUrl, sourceDb);
      const targetUrl = withDatabase(adminUrl, targetDb);

      // the owner role cannot take the backup: FORCE RLS would hide other regions' rows
      await expect(
        backupDatabase(withCredentials(sourceUrl, OWNER_ROLE, ownerPassword), path.join(dir, "owner.dump")),
      ).rejects.toThrow(/BYPASSRLS/);

      const file = path.join(dir, "drill.dump");
      await backupDatabase(sourceUrl, file);
      const passwords = { owner: ownerPassword, app: appPassword };
      await restoreDatabase({ adminUrl, database: targetDb, file, passwords });

      const before = await databaseFingerprint(sourceUrl);
      const after = await databaseFingerprint(targetUrl);
      expect(after.rowCounts).toEqual(before.rowCounts);
      expect(after.rowSecurity).toEqual(before.rowSecurity);
      expect(after.policies).toEqual(before.policies);
      expect(after.tableGrants).toEqual(before.tableGrants);
      expect(after.columnGrants).toEqual(before.columnGrants);
      expect(after.functions).toEqual(before.functions);
      expect(after.tableOwners).toEqual(before.tableOwners);

      // the comparison is not vacuous
      const rows = Object.values(after.rowCounts).reduce((a, b) => a + b, 0);
      expect(rows).toBeGreaterThan(100);
      expect(Object.values(after.rowSecurity).filter((r) => r.enabled && r.forced).length).toBeGreaterThan(10);
      expect(after.policies.length).toBeGreaterThan(10);
      expect(new Set(Object.values(after.tableOwners))).toEqual(new Set([OWNER_ROLE]));
      expect(after.functions.filter((f) => f.includes(" | true | ")).length).toBeGreaterThan(3);
      expect(after.functions.every((f) => f.includes(` | ${OWNER_ROLE} | `))).toBe(true);
      expect(after.columnGrants).not.toContain(`${APP_ROLE} | User | passwordHash | SELECT`);
      console.info(
        `[backup-restore] PostgreSQL ${major}: ${Object.keys(after.rowCounts).length} Tabellen, ${rows} Zeilen, ` +
          `${after.policies.length} Policies, ${after.tableGrants.length} Tabellen- und ${after.columnGrants.length} Spaltenrechte, ` +
          `${after.functions.length} Funktionen identisch`,
      );

      // the app role's refusals hold in the restored database
      const counts = await asApp(targetDb, async (c) => {
        const regions = (await c.query<{ id: string }>(`SELECT id FROM "Region" ORDER BY slug`)).rows.map((r) => r.id);
        expect(regions.length).toBe(3);
        const withoutRegion = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Body"`)).rows[0]!.n;
        await c.query("BEGIN");
        await c.query("SELECT set_config('app.region_id', $1, true)", [regions[0]]);
        const own = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Body"`)).rows[0]!.n;
        const foreign = (
          await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Body" WHERE "regionId" <> $1`, [regions[0]])
        ).rows[0]!.n;
        await expect(
          c.query(
            `INSERT INTO "Body" ("id", "regionId", "kind", "slug", "name") VALUES (gen_random_uuid(), $1, 'WORKING_GROUP', 'fremd', 'Fremd')`,
            [regions[1]],
          ),
        ).rejects.toThrow(/row-level security/);
        await c.query("ROLLBACK");
        await expect(c.query(`SELECT "passwordHash" FROM "User" LIMIT 1`)).rejects.toThrow(/permission denied/);
        await expect(c.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
        return { withoutRegion, own, foreign };
      });
      expect(counts.withoutRegion).toBe(0);
      expect(counts.own).toBeGreaterThan(0);
      expect(counts.foreign).toBe(0);

      // a second restore into the now non-empty database is refused without --force
      await expect(restoreDatabase({ adminUrl, database: targetDb, file, passwords })).rejects.toThrow(
        /enthält bereits \d+ Tabellen\/Objekte – Wiederherstellung abgebrochen/,
      );
      await restoreDatabase({ adminUrl, database: targetDb, file, passwords, force: true });
      expect((await databaseFingerprint(targetUrl)).rowCounts).toEqual(before.rowCounts);
    },
  );

  it.runIf(missing !== null)("names the missing client tools in German", () => {
    expect(missing).toMatch(/Kein pg_(dump|restore) in Version \d+ oder neuer gefunden/);
  });
});
