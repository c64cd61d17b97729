import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";

/**
 * The status of a meeting's minutes, read with a share lock on their row: an approval running
 * in parallel either waits for this transaction, or this one waits for the approval and then
 * sees "APPROVED". What approved minutes show (decisions, attendance) cannot slip in after.
 */
export async function lockedMinutesStatus(tx: Tx, regionId: string, meetingId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "Minutes"
    WHERE "regionId" = ${regionId}::uuid AND "meetingId" = ${meetingId}::uuid FOR SHARE`;
  return rows[0]?.status ?? null;
}
