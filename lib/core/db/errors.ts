import { Prisma } from "./generated/client.ts";

// Prisma 6.19 through adapter-pg reports database errors in several shapes (STACK.md):
// known request errors (P2002, P2034), raw-query errors (P2010 with the original code in
// meta) and bare DriverAdapterErrors (e.g. at COMMIT). Read the SQLSTATE from all of them.
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as {
      code?: unknown;
      meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
      cause?: unknown;
      originalCode?: unknown;
    };
    if (typeof candidate.originalCode === "string") return candidate.originalCode;
    if (typeof candidate.meta?.code === "string") return candidate.meta.code;
    const adapterCode = candidate.meta?.driverAdapterError?.cause?.originalCode;
    if (typeof adapterCode === "string") return adapterCode;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
    current = candidate.cause;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || sqlState(error) === "23505"
  );
}

export function isRetryableTransactionError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  const state = sqlState(error);
  return state === "40001" || state === "40P01";
}

/** Re-runs `work` when it lost a serialization race or a deadlock. */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt * Math.random()));
    }
  }
}

/**
 * Runs `work` (a whole transaction) again when it lost a race for a unique value: two
 * transactions that both found no row and both inserted one — the second insert waits for
 * the first and then fails. Run again, it finds the row the other one committed. A unique
 * value that is really taken fails again and is thrown after `attempts`.
 */
export async function retryUniqueRace<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);
/** Connection exceptions (class 08), and the server shutting down, crashed or starting up. */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|server closed the connection|is not queryable|Can't reach database server|connection is closed|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

/**
 * The database cannot be reached right now (restarting, network): the request may succeed
 * when it is tried again in a moment. Errors of the query itself (constraints, RLS) are not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (UNAVAILABLE_SQLSTATE.test(sqlState(error) ?? "")) return true;
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      kind?: unknown;
      cause?: unknown;
      errors?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))
      return true;
    // adapter-pg's names for socket errors (DriverAdapterError.cause)
    if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"].includes(String(candidate.kind))) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    queue.push(candidate.cause, candidate.meta?.driverAdapterError);
    if (Array.isArray(candidate.errors)) queue.push(...candidate.errors);
  }
  return false;
}
