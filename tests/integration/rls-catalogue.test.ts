import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSafeDatabaseRole, db, UnsafeDatabaseRoleError } from "../../lib/core/db/client.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/core/db/generated/client.ts";

// Tables that deliberately carry no regionId. Adding a table to this list is a decision
// to be made in review, not by accident.
// SearchTerm: the shared vocabulary of published offers (bare words, see migration "search_terms").
const GLOBAL_TABLES = [
  "GovernmentDistrict",
  "LoginThrottle",
  "PasswordToken",
  "Region",
  "SearchTerm",
  "User",
  "pgmigrations",
];

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe("RLS catalogue", () => {
  it("every table with regionId has RLS enabled and forced, with a region policy for reads and writes", async () => {
    const { rows } = await client.query<{
      table: string;
      rls: boolean;
      forced: boolean;
      qual: string | null;
      check: string | null;
    }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             p.qual, p.with_check AS check
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'regionId' AND NOT a.attisdropped
        LEFT JOIN pg_policies p ON p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = 'region_isolation'
       WHERE c.relkind IN ('r', 'p')
       ORDER BY c.relname`);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const row of rows) {
      expect({ table: row.table, rls: row.rls, forced: row.forced }).toEqual({
        table: row.table,
        rls: true,
        forced: true,
      });
      expect(row.qual, row.table).toContain("app_current_region()");
      expect(row.check, row.table).toContain("app_current_region()");
    }
  });

  it("every table without regionId is on the explicit allow-list", async () => {
    const { rows } = await client.query<{ table: string }>(`
      SELECT c.relname AS table FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind IN ('r', 'p')
         AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'regionId' AND NOT a.attisdropped)
       ORDER BY c.relname`);
    expect(rows.map((r) => r.table)).toEqual(GLOBAL_TABLES);
  });

  it("unique keys of region tables include regionId", async () => {
    const { rows } = await client.query<{ index: string }>(`
      SELECT i.relname AS index FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       WHERE x.indisunique
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'regionId')
         AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = 'regionId' AND a.attnum = ANY (x.indkey))`);
    expect(rows).toEqual([]);
  });
});

describe("the app's database role", () => {
  it("is neither superuser, BYPASSRLS nor owner, so the app accepts it", async () => {
    await expect(assertSafeDatabaseRole(db())).resolves.toBeUndefined();
  });

  it("the app refuses to run as the owner role", async () => {
    const owner = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.TEST_OWNER_DATABASE_URL! }),
    });
    try {
      await expect(assertSafeDatabaseRole(owner)).rejects.toThrow(UnsafeDatabaseRoleError);
      await expect(assertSafeDatabaseRole(owner)).rejects.toThrow(/besitzt Tabellen/);
    } finally {
      await owner.$disconnect();
    }
  });

  it("cannot change audit entries or read the migration log", async () => {
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(client.query(`SELECT * FROM pgmigrations`)).rejects.toThrow(/permission denied/);
  });
});
