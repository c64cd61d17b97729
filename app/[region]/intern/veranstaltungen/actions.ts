"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import {
  addEventForum,
  createEvent,
  removeEventForum,
  updateEvent,
  updateEventForum,
} from "@/lib/events/manage-events";
import { cancelRegistrationByOffice } from "@/lib/events/registrations";

export const createEventAction = regionAction(
  "events.write",
  async ({ actor, input }) => ({ message: "Die Veranstaltung ist angelegt.", event: await createEvent(actor, input) }),
  { revalidate: false, redirect: ({ event }, { slug }) => `/${slug}/intern/veranstaltungen/${event.id}` },
);

export const updateEventAction = regionAction(
  "events.write",
  async ({ actor, input }) => {
    const { promoted } = await updateEvent(actor, input);
    return {
      message: promoted
        ? `Gespeichert. ${promoted === 1 ? "Eine Person ist" : `${promoted} Personen sind`} von der Warteliste nachgerückt und per E-Mail benachrichtigt.`
        : "Gespeichert.",
    };
  },
  { revalidate: "/intern/veranstaltungen" },
);

export const addForumAction = regionAction(
  "events.write",
  async ({ actor, input }) => {
    const forum = await addEventForum(actor, input);
    return { message: `Das Forum „${forum.title}“ steht im Programm.` };
  },
  { revalidate: "/intern/veranstaltungen" },
);

export const cancelRegistrationAction = regionAction(
  "events.write",
  async ({ actor, input }) => {
    const result = await cancelRegistrationByOffice(actor, input);
    if (result.alreadyCancelled) return { message: `Die Anmeldung von ${result.name} war bereits storniert.` };
    return {
      message: `Die Anmeldung von ${result.name} ist storniert.${result.promoted ? " Die nächste Person auf der Warteliste ist nachgerückt." : ""}`,
    };
  },
  { revalidate: "/intern/veranstaltungen" },
);

export const updateForumAction = regionAction(
  "events.write",
  async ({ actor, input }) => {
    const forum = await updateEventForum(actor, input);
    return { message: `Das Forum „${forum.title}“ ist gespeichert.` };
  },
  { revalidate: "/intern/veranstaltungen" },
);

export const removeForumAction = regionAction(
  "events.write",
  async ({ actor, input }) => {
    const forum = await removeEventForum(actor, input);
    return { message: `Das Forum „${forum.title}“ ist aus dem Programm entfernt.` };
  },
  { revalidate: "/intern/veranstaltungen" },
);
