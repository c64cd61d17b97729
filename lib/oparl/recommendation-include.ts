// What Paper and Consultation read of a Recommendation: one query shape, here so the two need not import each other.
import "@/lib/core/server-only.ts";
import type { Prisma } from "@/lib/core/db/client.ts";

export const recommendationInclude = {
  fieldOfAction: { select: { name: true, slug: true } },
  event: { select: { title: true, isPublic: true, deletedAt: true } },
  agendaItems: {
    where: { isPublic: true, deletedAt: null, meeting: { isPublic: true, deletedAt: null } },
    select: { id: true, meetingId: true, meeting: { select: { bodyId: true } } },
  },
  decisions: { where: { isPublic: true }, select: { id: true } },
} satisfies Prisma.RecommendationInclude;
export type RecommendationRow = Prisma.RecommendationGetPayload<{ include: typeof recommendationInclude }>;
