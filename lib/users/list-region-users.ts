import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { NO_PASSWORD } from "./invite-user.ts";

/** The region's logins with their roles in this region, and the mails waiting in the outbox. */
export async function listRegionUsers(actor: Actor) {
  authorize(actor, "users.manage");
  return withRegion(actor.regionId, async (tx) => {
    const roles = await tx.regionRole.findMany({
      where: { regionId: actor.regionId },
      include: { user: { select: { id: true, name: true, email: true, passwordHash: true, lastLoginAt: true } } },
    });
    const users = new Map<
      string,
      {
        id: string;
        name: string;
        email: string;
        invited: boolean;
        lastLoginAt: Date | null;
        roles: { id: string; role: (typeof roles)[number]["role"] }[];
      }
    >();
    for (const r of roles) {
      const entry = users.get(r.userId) ?? {
        id: r.user.id,
        name: r.user.name,
        email: r.user.email,
        invited: r.user.passwordHash === NO_PASSWORD,
        lastLoginAt: r.user.lastLoginAt,
        roles: [],
      };
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
