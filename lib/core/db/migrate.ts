// Applies prisma/migrations/*.sql with node-pg-migrate: each file runs in one transaction as
// one script, so `;` inside DO blocks or comments is safe (unlike `prisma migrate deploy`
// through the adapter, see STACK.md). The SQL is authored with `npm run db:diff`.
import path from "node:path";
import { runner } from "node-pg-migrate";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

export async function migrate(ownerUrl: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const applied = await runner({
    databaseUrl: ownerUrl,
    dir: MIGRATIONS_DIR,
    migrationsTable: "pgmigrations",
    direction: "up",
    count: Infinity,
    singleTransaction: true,
    checkOrder: true,
    verbose: false,
    log: () => {},
    logger: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
  });
  for (const migration of applied) log(`Migration angewendet: ${migration.name}`);
  return applied.map((m) => m.name);
}
