import "@/lib/core/server-only.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "./generated/client.ts";
import { closeListener } from "./notifications.ts";
import { failingAsOutage } from "./outage.ts";
import { APP_ROLE } from "./roles.ts";

export type Tx = Prisma.TransactionClient;
export { Prisma };

interface DbState {
  url: string;
  client: PrismaClient;
  roleChecked?: Promise<void>;
}

const globalForDb = globalThis as unknown as { bildungsnetzDb?: DbState };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL ist nicht gesetzt. Starten Sie das Portal mit `npm start` (eingebettete Datenbank) " +
        "oder setzen Sie DATABASE_URL auf die Verbindung der Rolle " +
        APP_ROLE +
        ".",
    );
  }
  return url;
}

/** The one Prisma client of this process (re-created only if DATABASE_URL changes, as in tests). */
export function db(): PrismaClient {
  const url = databaseUrl();
  const current = globalForDb.bildungsnetzDb;
  if (current && current.url === url) return current.client;
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const client = new PrismaClient({ adapter });
  globalForDb.bildungsnetzDb = { url, client };
  return client;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.bildungsnetzDb;
  globalForDb.bildungsnetzDb = undefined;
  await Promise.all([current?.client.$disconnect(), closeListener()]);
}

export class UnsafeDatabaseRoleError extends Error {}

/**
 * The database wall only holds when the app's role cannot bypass RLS. Refuse to work
 * otherwise: superuser, BYPASSRLS, or owner of any table all see every region.
 */
export async function assertSafeDatabaseRole(client: PrismaClient = db()): Promise<void> {
  const rows = await client.$queryRaw<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: bigint }[]>`
    SELECT r.rolname::text AS rolname, r.rolsuper, r.rolbypassrls,
           (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
               AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`;
  const role = rows[0];
  if (!role) throw new UnsafeDatabaseRoleError("Die Datenbankrolle der Verbindung wurde nicht gefunden.");
  const problems = [
    role.rolsuper && "ist Superuser",
    role.rolbypassrls && "hat BYPASSRLS",
    Number(role.owned) > 0 && "besitzt Tabellen (oder erbt eine Besitzerrolle)",
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new UnsafeDatabaseRoleError(
      `Die Datenbankrolle „${role.rolname}“ ${problems.join(", ")}: Row-Level Security würde umgangen. ` +
        `Verbinden Sie das Portal mit der Rolle ${APP_ROLE} (siehe README).`,
    );
  }
}

function ensureSafeRole(): Promise<void> {
  const client = db();
  const state = globalForDb.bildungsnetzDb!;
  state.roleChecked ??= assertSafeDatabaseRole(client).catch((error) => {
    state.roleChecked = undefined;
    throw error;
  });
  return state.roleChecked;
}

export interface RegionTxOptions {
  /** The logged-in user, for policies that let a user read their own rows across regions. */
  userId?: string | null;
  isolationLevel?: Prisma.TransactionIsolationLevel;
  timeoutMs?: number;
}

/**
 * Runs `work` in one interactive transaction bound to one region: every query inside sees
 * and writes only rows of `regionId` (Row-Level Security). Pass `tx` down; a query on the
 * outer client inside `work` runs on another connection without the region.
 */
export async function withRegion<T>(
  regionId: string,
  work: (tx: Tx) => Promise<T>,
  options: RegionTxOptions = {},
): Promise<T> {
  return failingAsOutage(async () => {
    await ensureSafeRole();
    return db().$transaction(
      async (tx) => {
        await bindRegion(tx, regionId, options.userId);
        return work(tx);
      },
      { isolationLevel: options.isolationLevel, timeout: options.timeoutMs ?? 10_000, maxWait: 10_000 },
    );
  });
}

/**
 * Binds the rest of a transaction to a region. Only for a transaction that has just created
 * that region (platform admin); everything else uses withRegion.
 */
export async function bindRegion(tx: Tx, regionId: string, userId?: string | null): Promise<void> {
  await tx.$executeRaw`SELECT set_config('app.region_id', ${regionId}, true), set_config('app.user_id', ${userId ?? ""}, true)`;
}

/** A transaction without a region: only global tables (regions, users) are visible in it. */
export async function withoutRegion<T>(work: (tx: Tx) => Promise<T>, options: RegionTxOptions = {}): Promise<T> {
  return failingAsOutage(async () => {
    await ensureSafeRole();
    return db().$transaction(
      async (tx) => {
        if (options.userId) await tx.$executeRaw`SELECT set_config('app.user_id', ${options.userId}, true)`;
        return work(tx);
      },
      { isolationLevel: options.isolationLevel, timeout: options.timeoutMs ?? 10_000, maxWait: 10_000 },
    );
  });
}

/**
 * One read of global tables (regions, users) outside a transaction. The region settings are
 * transaction-local, so no pooled connection carries one here: region tables stay invisible
 * exactly as in withoutRegion, without the BEGIN and COMMIT round trips. For a single
 * statement on the hot path of public pages; anything that needs a consistent view of several
 * reads, or writes, uses a transaction.
 */
export async function readGlobal<T>(work: (client: Tx) => Promise<T>): Promise<T> {
  return failingAsOutage(async () => {
    await ensureSafeRole();
    return work(db());
  });
}

/**
 * A read-only transaction over the public catalogue of all regions: published offers and
 * what describes them (see migration "public_catalogue"). No region is set, so every other
 * region table stays invisible; the transaction is READ ONLY, so nothing can be written.
 */
export async function withPublicCatalogue<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return failingAsOutage(async () => {
    await ensureSafeRole();
    return db().$transaction(
      async (tx) => {
        // = SET TRANSACTION READ ONLY, in the same round trip as the catalogue switch
        await tx.$executeRaw`SELECT set_config('transaction_read_only', 'on', true), set_config('app.public_catalogue', 'on', true)`;
        return work(tx);
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
  });
}

/**
 * Runs the queries of one transaction one after another. A transaction holds one connection,
 * so `Promise.all` gains nothing there, and node-postgres deprecates overlapping queries on
 * one client (an error from pg 9 on). (The deprecation warning still seen in the logs comes
 * from Prisma's own query interpreter in @prisma/adapter-pg 6.19, not from our code.)
 * A step may also return a plain value (`cond ? tx.x.findMany() : []`).
 * ESLint's bildungsnetz/no-parallel-transaction keeps Promise.all away from a transaction client.
 */
export async function oneByOne<T extends readonly (() => unknown)[]>(
  ...steps: T
): Promise<{ -readonly [K in keyof T]: T[K] extends () => infer R ? Awaited<R> : never }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: T[K] extends () => infer R ? Awaited<R> : never };
}

/** `items.map(work)` inside a transaction, one after another (see oneByOne). */
export async function mapOneByOne<I, R>(items: readonly I[], work: (item: I) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}
