"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { approveMinutes } from "@/lib/meetings/approve-minutes";
import { circulateMinutes } from "@/lib/meetings/circulate-minutes";
import { returnMinutesToDraft, saveMinutes } from "@/lib/meetings/minutes";
import { saveMinutesComment, setMinutesCommentDone, withdrawMinutesComment } from "@/lib/meetings/minutes-comments";

export const saveMinutesAction = regionAction("minutes.write", async ({ actor, input }) => {
  await saveMinutes(actor, input);
  return { message: "Das Protokoll ist gespeichert." };
});

export const circulateMinutesAction = regionAction("minutes.write", async ({ actor, input }) => {
  const { queued, withoutAddress, alreadySent } = await circulateMinutes(actor, input);
  if (alreadySent) return { message: `${alreadySent}; es ging keine E-Mail doppelt hinaus.` };
  const warnings = withoutAddress.length
    ? [`Ohne E-Mail-Adresse, bitte anders benachrichtigen: ${withoutAddress.join(", ")}.`]
    : [];
  if (!process.env.SMTP_URL)
    warnings.push("Der E-Mail-Versand ist nicht eingerichtet; die E-Mails warten im Postausgang.");
  return {
    message: `Der Entwurf ist zur Durchsicht versandt: E-Mail an ${queued} ${queued === 1 ? "Person" : "Personen"}.`,
    warnings,
  };
});

export const returnMinutesToDraftAction = regionAction("minutes.write", async ({ actor, input }) => {
  await returnMinutesToDraft(actor, input);
  return { message: "Das Protokoll ist wieder ein Entwurf." };
});

export const approveMinutesAction = regionAction("minutes.write", async ({ actor, input }) => {
  const { approvedBy } = await approveMinutes(actor, input);
  return { message: `Das Protokoll ist genehmigt: ${approvedBy}.` };
});

export const saveMinutesCommentAction = regionAction("minutes.comment", async ({ actor, input }) => {
  const { number } = await saveMinutesComment(actor, input);
  return { message: `Ihre Anmerkung zu ${number} ist gespeichert.` };
});

export const withdrawMinutesCommentAction = regionAction("minutes.comment", async ({ actor, input }) => {
  const { number } = await withdrawMinutesComment(actor, input);
  return { message: `Ihre Anmerkung zu ${number} ist zurückgezogen.` };
});

export const setMinutesCommentDoneAction = regionAction("minutes.write", async ({ actor, input }) => {
  const { done, authorName } = await setMinutesCommentDone(actor, input);
  return {
    message: done
      ? `Die Anmerkung von ${authorName} ist als erledigt markiert.`
      : `Die Anmerkung von ${authorName} ist wieder offen.`,
  };
});
