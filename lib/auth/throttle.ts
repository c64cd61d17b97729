import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";

// Throttling per key (a login's e-mail address and client address, a client's event
// registrations): at most LIMIT attempts per WINDOW; the attempt that reaches the limit locks
// the key for WINDOW. An attempt takes its slot *before* the work it guards (the slow password
// hash), in one statement, so a burst of parallel attempts cannot all pass a check made
// before any of them was counted (issue 19, finding 3).
export const THROTTLE = {
  windowMinutes: 15,
  emailLimit: 5,
  clientLimit: 30,
} as const;

/**
 * A slot taken by reserveAttempt; `windowStart` identifies the window it was taken in, `slot`
 * is the count of attempts in that window including this one.
 */
export interface Reservation {
  key: string;
  limit: number;
  windowStart: Date;
  slot: number;
}

/**
 * Takes one slot on `key`, or returns null when the key is locked. Atomic: the row is
 * inserted or updated (and locked until the transaction ends) by a single INSERT … ON
 * CONFLICT, whose WHERE refuses the update while `lockedUntil` lies ahead. A served lock or
 * a passed window starts a new window at 1.
 */
export async function reserveAttempt(tx: Tx, key: string, limit: number): Promise<Reservation | null> {
  const minutes = THROTTLE.windowMinutes;
  const rows = await tx.$queryRaw<{ firstFailureAt: Date; failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "firstFailureAt", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit}::int THEN now() + make_interval(mins => ${minutes}::int) END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."lockedUntil" <= now() OR t."firstFailureAt" < now() - make_interval(mins => ${minutes}::int)
                        THEN 1 ELSE t."failures" + 1 END,
      "firstFailureAt" = CASE WHEN t."lockedUntil" <= now() OR t."firstFailureAt" < now() - make_interval(mins => ${minutes}::int)
                        THEN now() ELSE t."firstFailureAt" END,
      "lockedUntil" = CASE WHEN (CASE WHEN t."lockedUntil" <= now() OR t."firstFailureAt" < now() - make_interval(mins => ${minutes}::int)
                                      THEN 1 ELSE t."failures" + 1 END) >= ${limit}::int
                        THEN now() + make_interval(mins => ${minutes}::int) END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= now()
    RETURNING t."firstFailureAt", t."failures"`;
  return rows[0] ? { key, limit, windowStart: rows[0].firstFailureAt, slot: rows[0].failures } : null;
}

/**
 * Gives back one reserved slot after a success (a right password). Only its own: if the
 * window has since restarted, the slot belongs to a past window and nothing changes; the
 * failures of others in the same window stay counted. A lock is lifted only when no attempt
 * was reserved after this one: in a burst, the others already hold the slots up to the limit
 * and are being evaluated, and lifting the lock would let one more in than the limit
 * (PostgreSQL 15 run of finding 3: six evaluations with a limit of five).
 */
export async function releaseAttempt(tx: Tx, reservation: Reservation): Promise<void> {
  await tx.$executeRaw`
    UPDATE "LoginThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "lockedUntil" = CASE WHEN "failures" = ${reservation.slot}::int AND "failures" - 1 < ${reservation.limit}::int
                           THEN NULL ELSE "lockedUntil" END
     WHERE "key" = ${reservation.key} AND "firstFailureAt" = ${reservation.windowStart.toISOString()}::timestamptz`;
}
