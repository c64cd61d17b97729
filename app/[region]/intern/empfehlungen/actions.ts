"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { createRecommendation, forwardRecommendation } from "@/lib/recommendations/recommendations";

export const createRecommendationAction = regionAction(
  "recommendations.submit",
  async ({ actor, input }) => ({
    message: "Die Empfehlung ist erfasst.",
    recommendation: await createRecommendation(actor, input),
  }),
  {
    revalidate: false,
    redirect: ({ recommendation }, { slug }) => `/${slug}/intern/empfehlungen/${recommendation.id}`,
  },
);

export const forwardRecommendationAction = regionAction(
  "recommendations.manage",
  async ({ actor, input }) => ({
    message: "Weitergeleitet.",
    auditId: (await forwardRecommendation(actor, input)).auditId,
  }),
  {
    // The form disappears once the recommendation is on an agenda: the confirmation comes from the audit entry.
    redirect: ({ auditId }, { slug, formData }) =>
      `/${slug}/intern/empfehlungen/${String(formData.get("recommendationId"))}?erledigt=${auditId}`,
  },
);
