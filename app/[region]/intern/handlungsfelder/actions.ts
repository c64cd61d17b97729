"use server";

import { revalidatePath } from "next/cache";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { updateFieldOfAction } from "@/lib/loop/field-of-action";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

export async function updateFieldOfActionAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "fields.manage");
  const state = await runForm(formData, async () => {
    const field = await updateFieldOfAction(actorOf(context), Object.fromEntries(formData));
    return { message: `Beschreibung und Ziele von „${field.name}“ sind gespeichert.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/handlungsfelder`, "layout");
  return state;
}
