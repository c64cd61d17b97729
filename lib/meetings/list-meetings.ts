import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { readableBodyIds } from "./access.ts";

/** Upcoming and past meetings the actor may see, newest past first. */
export async function listMeetings(actor: Actor) {
  return withRegion(actor.regionId, async (tx) => {
    const bodies = await readableBodyIds(tx, actor);
    const rows = await tx.meeting.findMany({
      where: { regionId: actor.regionId, deletedAt: null, ...(bodies === "all" ? {} : { bodyId: { in: bodies } }) },
      include: {
        body: { select: { name: true } },
        _count: { select: { agendaItems: { where: { deletedAt: null } } } },
      },
      orderBy: { startsAt: "asc" },
    });
    const now = Date.now();
    const bodiesForForm = await tx.body.findMany({
      where: { regionId: actor.regionId },
      select: { id: true, name: true, kind: true },
    });
    return {
      upcoming: rows.filter((m) => m.startsAt.getTime() >= now),
      past: rows.filter((m) => m.startsAt.getTime() < now).reverse(),
      bodies: bodiesForForm.sort((a, b) => a.name.localeCompare(b.name, "de")),
    };
  });
}
