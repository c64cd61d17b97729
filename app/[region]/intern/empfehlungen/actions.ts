"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { createRecommendation, forwardRecommendation } from "@/lib/loop/recommendations";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

export async function createRecommendationAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "recommendations.submit");
  let id = "";
  const state = await runForm(formData, async () => {
    id = (await createRecommendation(actorOf(context), Object.fromEntries(formData))).id;
    return { message: "Die Empfehlung ist erfasst." };
  });
  if (state.status !== "ok") return state;
  redirect(`/${slug}/intern/empfehlungen/${id}`);
}

export async function forwardRecommendationAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "recommendations.manage");
  let auditId = "";
  const state = await runForm(formData, async () => {
    ({ auditId } = await forwardRecommendation(actorOf(context), Object.fromEntries(formData)));
    return { message: "Weitergeleitet." };
  });
  if (state.status !== "ok") return state;
  revalidatePath(`/${slug}/intern`, "layout");
  // The form disappears once the recommendation is on an agenda: the confirmation comes from the audit entry.
  redirect(`/${slug}/intern/empfehlungen/${String(formData.get("recommendationId"))}?erledigt=${auditId}`);
}
