import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";

// Throttling of failed logins: per e-mail address and per client address. After LIMIT
// failures within WINDOW the key is locked for WINDOW. Counted atomically in one statement,
// so parallel attempts cannot slip past the limit.
export const THROTTLE = {
  windowMinutes: 15,
  emailLimit: 5,
  clientLimit: 30,
} as const;

export async function lockedKeys(tx: Tx, keys: string[]): Promise<boolean> {
  const rows = await tx.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: new Date() } } });
  return rows.length > 0;
}

export async function recordFailure(tx: Tx, key: string, limit: number): Promise<void> {
  const minutes = THROTTLE.windowMinutes;
  await tx.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "firstFailureAt") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."firstFailureAt" < now() - make_interval(mins => ${minutes}::int)
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "firstFailureAt" = CASE WHEN "LoginThrottle"."firstFailureAt" < now() - make_interval(mins => ${minutes}::int)
                        THEN now() ELSE "LoginThrottle"."firstFailureAt" END`;
  await tx.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = now() + make_interval(mins => ${minutes}::int)
     WHERE "key" = ${key} AND "failures" >= ${limit}::int AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`;
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { key } });
}
