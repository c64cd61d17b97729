import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { RegionRoleName } from "@/lib/permissions.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";

export interface RegionUser {
  id: string;
  /** The name this region's lead typed (the e-mail address where none was recorded). */
  name: string;
  email: string;
  /** The person has opened this region's internal area since being invited. */
  accepted: boolean;
  roles: { id: string; role: RegionRoleName }[];
}

/**
 * The region's logins with their roles in this region, and the mails waiting in the outbox.
 * Only what belongs to the region: the name its lead typed, the address, the roles and
 * whether the invitation to this region was taken up — never the account's own name,
 * password state or last login, which another region may have set or caused.
 */
export async function listRegionUsers(actor: Actor) {
  authorize(actor, "users.manage");
  return withRegion(actor.regionId, async (tx) => {
    const roles = await tx.regionRole.findMany({
      where: { regionId: actor.regionId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        role: true,
        userId: true,
        invitedName: true,
        acceptedAt: true,
        user: { select: { email: true } },
      },
    });
    const users = new Map<string, RegionUser>();
    for (const r of roles) {
      const entry = users.get(r.userId) ?? {
        id: r.userId,
        name: r.invitedName ?? r.user.email,
        email: r.user.email,
        accepted: false,
        roles: [],
      };
      entry.accepted ||= r.acceptedAt !== null;
      entry.roles.push({ id: r.id, role: r.role });
      users.set(r.userId, entry);
    }
    const pendingMails = await tx.outboxEmail.findMany({
      where: { regionId: actor.regionId, status: { in: ["PENDING", "FAILED"] } },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        toAddress: true,
        subject: true,
        createdAt: true,
        status: true,
        attempts: true,
        lastError: true,
      },
    });
    const collator = new Intl.Collator("de");
    return { users: [...users.values()].sort((a, b) => collator.compare(a.name, b.name)), pendingMails };
  });
}
