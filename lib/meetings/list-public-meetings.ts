import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";

/**
 * What the public may see of a body's meetings: public meetings that are not cancelled,
 * with their public TOPs and the decisions taken on public TOPs. Nothing non-public, ever.
 */
export async function listPublicMeetings(regionId: string, bodyId?: string) {
  return withRegion(regionId, async (tx) => {
    const meetings = await tx.meeting.findMany({
      where: { regionId, ...(bodyId ? { bodyId } : {}), isPublic: true, deletedAt: null, status: { not: "CANCELLED" } },
      orderBy: { startsAt: "desc" },
      take: 20,
      select: {
        id: true,
        title: true,
        startsAt: true,
        location: true,
        status: true,
        body: { select: { name: true, slug: true } },
        agendaItems: {
          where: { isPublic: true, deletedAt: null },
          orderBy: { position: "asc" },
          select: {
            id: true,
            number: true,
            title: true,
            decisions: {
              where: { isPublic: true },
              orderBy: { number: "asc" },
              select: { id: true, number: true, outcome: true, text: true },
            },
          },
        },
      },
    });
    const now = Date.now();
    return {
      upcoming: meetings.filter((m) => m.startsAt.getTime() >= now).reverse(),
      past: meetings.filter((m) => m.startsAt.getTime() < now),
    };
  });
}
