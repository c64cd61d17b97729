import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";

export interface AssignmentChangeEntry {
  /** The field as people call it ("Titel", "Frist" …). */
  field: string;
  from: string;
  to: string;
}

/** Appends changed fields to an assignment's history (written once, never changed). */
export async function recordAssignmentChanges(
  tx: Tx,
  actor: Actor,
  assignmentId: string,
  authorName: string,
  changes: readonly AssignmentChangeEntry[],
) {
  if (changes.length === 0) return;
  await tx.assignmentChange.createMany({
    data: changes.map((c) => ({
      regionId: actor.regionId,
      assignmentId,
      field: c.field,
      fromValue: c.from,
      toValue: c.to,
      changedById: actor.userId,
      changedBy: authorName,
    })),
  });
}

/**
 * Locks an assignment's row for the rest of the transaction: of two parallel changes the second
 * reads what the first stored (its progress note, its history's "from" values).
 */
export async function lockAssignment(tx: Tx, regionId: string, assignmentId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Assignment" WHERE "regionId" = ${regionId}::uuid AND "id" = ${assignmentId}::uuid FOR UPDATE`;
}
