"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import {
  addEventForum,
  createEvent,
  removeEventForum,
  updateEvent,
  updateEventForum,
} from "@/lib/events/manage-events";
import { cancelRegistrationByOffice } from "@/lib/events/registrations";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

const fields = (formData: FormData) => Object.fromEntries(formData);

export async function createEventAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  let id = "";
  const state = await runForm(formData, async () => {
    id = (await createEvent(actorOf(context), fields(formData))).id;
    return { message: "Die Veranstaltung ist angelegt." };
  });
  if (state.status !== "ok") return state;
  redirect(`/${slug}/intern/veranstaltungen/${id}`);
}

export async function updateEventAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  const state = await runForm(formData, async () => {
    const { promoted } = await updateEvent(actorOf(context), fields(formData));
    return {
      message: promoted
        ? `Gespeichert. ${promoted === 1 ? "Eine Person ist" : `${promoted} Personen sind`} von der Warteliste nachgerückt und per E-Mail benachrichtigt.`
        : "Gespeichert.",
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/veranstaltungen`, "layout");
  return state;
}

export async function addForumAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  const state = await runForm(formData, async () => {
    const forum = await addEventForum(actorOf(context), fields(formData));
    return { message: `Das Forum „${forum.title}“ steht im Programm.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/veranstaltungen`, "layout");
  return state;
}

export async function cancelRegistrationAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  const state = await runForm(formData, async () => {
    const result = await cancelRegistrationByOffice(actorOf(context), fields(formData));
    if (result.alreadyCancelled) return { message: `Die Anmeldung von ${result.name} war bereits storniert.` };
    return {
      message: `Die Anmeldung von ${result.name} ist storniert.${result.promoted ? " Die nächste Person auf der Warteliste ist nachgerückt." : ""}`,
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/veranstaltungen`, "layout");
  return state;
}

export async function updateForumAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  const state = await runForm(formData, async () => {
    const forum = await updateEventForum(actorOf(context), fields(formData));
    return { message: `Das Forum „${forum.title}“ ist gespeichert.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/veranstaltungen`, "layout");
  return state;
}

export async function removeForumAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "events.write");
  const state = await runForm(formData, async () => {
    const forum = await removeEventForum(actorOf(context), fields(formData));
    return { message: `Das Forum „${forum.title}“ ist aus dem Programm entfernt.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/veranstaltungen`, "layout");
  return state;
}
