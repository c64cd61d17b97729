import "server-only";
import { withRegion } from "@/lib/db/client.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A published offer of the region with its place, dates and Handlungsfelder; null otherwise. */
export async function getPublicOffer(regionId: string, offerId: string) {
  if (!UUID.test(offerId)) return null;
  return withRegion(regionId, async (tx) => {
    const offer = await tx.offer.findUnique({
      where: { regionId_id: { regionId, id: offerId } },
      include: {
        place: { include: { locality: { select: { name: true } } } },
        partner: { select: { name: true, website: true } },
        dates: { orderBy: { startsAt: "asc" } },
        fieldsOfAction: { include: { fieldOfAction: { select: { name: true, position: true } } } },
      },
    });
    if (!offer || offer.status !== "PUBLISHED" || offer.deletedAt) return null;
    return { ...offer, fields: offer.fieldsOfAction.sort((a, b) => a.fieldOfAction.position - b.fieldOfAction.position).map((f) => f.fieldOfAction.name) };
  });
}
