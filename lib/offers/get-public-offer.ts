import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** A published offer of the region with its place, dates and Handlungsfelder; null otherwise. */
export async function getPublicOffer(regionId: string, offerId: string) {
  if (!isUuid(offerId)) return null;
  return withRegion(regionId, async (tx) => {
    const offer = await tx.offer.findUnique({
      where: { regionId_id: { regionId, id: offerId } },
      include: {
        place: { include: { locality: { select: { name: true } } } },
        partner: { select: { name: true, website: true } },
        dates: { orderBy: { startsAt: "asc" } },
        fieldsOfAction: { include: { fieldOfAction: { select: { name: true, position: true } } } },
        decision: { select: { id: true, number: true, isPublic: true, body: { select: { name: true, slug: true } } } },
      },
    });
    if (!offer || offer.status !== "PUBLISHED" || offer.deletedAt) return null;
    // the decision it came from, only if that decision is public
    const origin = offer.decision?.isPublic
      ? {
          id: offer.decision.id,
          number: offer.decision.number,
          bodyName: offer.decision.body.name,
          bodySlug: offer.decision.body.slug,
        }
      : null;
    return {
      ...offer,
      decision: undefined,
      origin,
      fields: offer.fieldsOfAction
        .sort((a, b) => a.fieldOfAction.position - b.fieldOfAction.position)
        .map((f) => f.fieldOfAction.name),
    };
  });
}
