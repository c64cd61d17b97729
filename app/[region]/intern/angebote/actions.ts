"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { createOffer, setOfferStatus, STATUS_LABEL, updateOffer } from "@/lib/offers/manage-offers";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

const fields = (formData: FormData) => Object.fromEntries(formData);

export async function createOfferAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  let id = "";
  const state = await runForm(formData, async () => {
    id = (await createOffer(actorOf(context), fields(formData))).id;
    return { message: "Der Entwurf ist gespeichert." };
  });
  if (state.status !== "ok") return state;
  redirect(`/${slug}/intern/angebote/${id}`);
}

export async function updateOfferAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  const state = await runForm(formData, async () => {
    const offer = await updateOffer(actorOf(context), fields(formData));
    return {
      message: offer.status === "PUBLISHED" ? "Gespeichert – die Änderung ist öffentlich sichtbar." : "Gespeichert.",
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}`, "layout");
  return state;
}

export async function setOfferStatusAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  const state = await runForm(formData, async () => {
    const offer = await setOfferStatus(actorOf(context), fields(formData));
    return { message: `Das Angebot ist jetzt ${STATUS_LABEL[offer.status]}.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}`, "layout");
  return state;
}
