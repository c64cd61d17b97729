"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { cancelRegistrationByToken, registerForEvent } from "@/lib/events/registrations";
import { requirePublicRegion } from "@/lib/tenancy/require-region";

export async function registerAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const region = await requirePublicRegion(slug);
  const state = await runForm(formData, async () => {
    const result = await registerForEvent(region.id, Object.fromEntries(formData), clientKeyFrom(await headers()));
    return result.status === "CONFIRMED"
      ? { message: "Vielen Dank, Ihre Anmeldung ist bestätigt. Wir haben Ihnen eine E-Mail mit allen Angaben und einem Link zum Stornieren geschickt." }
      : { message: `Vielen Dank. Die Plätze sind belegt; Sie stehen auf Platz ${result.waitingPosition} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/veranstaltungen/${String(formData.get("eventId"))}`);
  return state;
}

export async function cancelByTokenAction(slug: string, token: string, _: FormState, formData: FormData): Promise<FormState> {
  const region = await requirePublicRegion(slug);
  const state = await runForm(formData, async () => {
    await cancelRegistrationByToken(region.id, token);
    return { message: "Ihre Anmeldung ist storniert." };
  });
  if (state.status !== "ok") return state;
  redirect(`/${slug}/veranstaltungen/stornieren/${token}?erledigt=1`);
}
