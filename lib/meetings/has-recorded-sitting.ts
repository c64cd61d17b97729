import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";

/**
 * Has the meeting in effect taken place: is attendance or a decision recorded for it? Such a
 * meeting is no longer cancelled or moved to another day or body — its decisions take their date
 * and number year, its attendance the seats, from that day and body.
 */
export async function hasRecordedSitting(tx: Tx, regionId: string, meetingId: string): Promise<boolean> {
  const where = { regionId, meetingId };
  if ((await tx.decision.count({ where })) > 0) return true;
  return (await tx.attendance.count({ where })) > 0;
}
