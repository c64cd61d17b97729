import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";

export interface AuditEntry {
  regionId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Prisma.InputJsonValue;
}

/**
 * Records who changed what, in the same transaction as the change itself (so there is no
 * change without its entry, and no entry for a change that rolled back). The app role may
 * insert audit entries but never update or delete them.
 */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      regionId: entry.regionId,
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? {},
    },
  });
}
