import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { ROLE_LABELS } from "@/lib/permissions.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf } from "@/lib/core/validation/text.ts";

/** Takes a role away. The user's sessions end at once (database trigger on RegionRole). */
export async function removeRole(actor: Actor, input: unknown) {
  authorize(actor, "users.manage");
  const { roleId } = parseInput(z.object({ roleId: idOf("eine Rolle") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const where = { regionId_id: { regionId: actor.regionId, id: roleId } };
    const role = await tx.regionRole.findUnique({ where, include: { user: { select: { email: true } } } });
    if (!role) throw new NotFoundError();
    if (role.role === "OFFICE_LEAD") {
      // Serialise removals of leads, so two leads cannot remove each other at the same time.
      await tx.$queryRaw`SELECT 1 FROM "RegionRole" WHERE "regionId" = ${actor.regionId}::uuid AND "role" = 'OFFICE_LEAD' FOR UPDATE`;
      const leads = await tx.regionRole.count({ where: { regionId: actor.regionId, role: "OFFICE_LEAD" } });
      if (leads <= 1)
        throw new ConflictError(
          "Die letzte Leitung des Bildungsbüros kann nicht entfernt werden. Vergeben Sie die Rolle zuerst an eine andere Person.",
        );
    }
    await tx.regionRole.delete({ where });
    const audit = await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "user.role-removed",
      entityType: "RegionRole",
      entityId: role.id,
      details: { email: role.user.email, role: role.role },
    });
    // Named as this region knows the person, never by the account's own name.
    return { ...role, name: role.invitedName ?? role.user.email, label: ROLE_LABELS[role.role], auditId: audit.id };
  });
}
