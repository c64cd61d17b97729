"use server";

import { revalidatePath } from "next/cache";
import { createAssignment, updateAssignment } from "@/lib/decisions/assignments";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

export async function createAssignmentAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "assignments.write");
  const state = await runForm(formData, async () => {
    const assignment = await createAssignment(actorOf(context), Object.fromEntries(formData));
    return { message: `Der Auftrag „${assignment.title}“ ist erteilt.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function updateAssignmentAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "assignments.write");
  const state = await runForm(formData, async () => {
    const assignment = await updateAssignment(actorOf(context), Object.fromEntries(formData));
    return { message: `„${assignment.title}“ ist jetzt ${assignment.statusLabel}.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}
