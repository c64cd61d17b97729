import "@/lib/core/server-only.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/**
 * A public event with its programme and how many places are left (read live: the places
 * change with every registration). Null when it does not exist or is not public.
 */
export async function getPublicEvent(regionId: string, eventId: string) {
  if (!isUuid(eventId)) return null;
  return withRegion(regionId, async (tx) => {
    const event = await tx.event.findUnique({
      where: { regionId_id: { regionId, id: eventId } },
      include: {
        forums: { orderBy: { position: "asc" }, include: { fieldOfAction: { select: { name: true, slug: true } } } },
      },
    });
    if (!event || event.deletedAt || !event.isPublic) return null;
    const [confirmed, waiting] = await oneByOne(
      () => tx.registration.count({ where: { regionId, eventId, status: "CONFIRMED" } }),
      () => tx.registration.count({ where: { regionId, eventId, status: "WAITING" } }),
    );
    const open = event.registrationOpen && event.startsAt > new Date();
    return { event, placesLeft: Math.max(0, event.capacity - confirmed), waiting, open };
  });
}
