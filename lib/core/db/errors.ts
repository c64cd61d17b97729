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
