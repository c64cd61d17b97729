"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { OFFER_STATUS_LABEL } from "@/lib/offers/labels";
import { createOffer, setOfferStatus, updateOffer } from "@/lib/offers/manage-offers";

export const createOfferAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Der Entwurf ist gespeichert.", offer: await createOffer(actor, input) }),
  { revalidate: false, redirect: ({ offer }, { slug }) => `/${slug}/intern/angebote/${offer.id}` },
);

export const updateOfferAction = regionAction(
  "intern.view",
  async ({ actor, input }) => {
    const offer = await updateOffer(actor, input);
    return {
      message: offer.status === "PUBLISHED" ? "Gespeichert – die Änderung ist öffentlich sichtbar." : "Gespeichert.",
    };
  },
  { revalidate: "/" },
);

export const setOfferStatusAction = regionAction(
  "intern.view",
  async ({ actor, input }) => {
    const offer = await setOfferStatus(actor, input);
    return { message: `Das Angebot ist jetzt ${OFFER_STATUS_LABEL[offer.status]}.` };
  },
  { revalidate: "/" },
);
