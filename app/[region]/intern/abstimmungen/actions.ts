"use server";

import type { Outcome } from "@/lib/core/forms/form-state";
import { regionAction, type RegionRequest } from "@/lib/core/forms/region-action";
import { castBallot } from "@/lib/voting/cast-ballot";
import { closePoll } from "@/lib/voting/close-poll";
import { publishPoll } from "@/lib/voting/publish-poll";
import { openPoll } from "@/lib/voting/open-poll";
import { createPoll, deleteDraftPoll, updateDraftPoll } from "@/lib/voting/poll-drafts";
import { adoptWorkProgramme } from "@/lib/voting/work-programme";

// Every action re-checks the region gate; the use cases check who may manage or vote.

export const createPollAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Der Entwurf ist gespeichert.", poll: await createPoll(actor, input) }),
  { redirect: ({ poll }, { slug }) => `/${slug}/intern/abstimmungen/${poll.id}` },
);

export const updatePollAction = regionAction("intern.view", async ({ actor, input }) => {
  await updateDraftPoll(actor, input);
  return { message: "Der Entwurf ist gespeichert." };
});

export const deletePollAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Der Entwurf ist gelöscht.", audit: await deleteDraftPoll(actor, input) }),
  { redirect: ({ audit }, { slug }) => `/${slug}/intern/abstimmungen?erledigt=${audit.id}` },
);

/** Open, close, publish: the page changes shape, so the confirmation comes back from the audit entry. */
const backToPoll = {
  redirect: ({ auditId }: Outcome & { auditId?: string }, { slug, formData }: RegionRequest) =>
    `/${slug}/intern/abstimmungen/${String(formData.get("pollId"))}${auditId ? `?erledigt=${auditId}` : ""}`,
};

export const openPollAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Erledigt.", auditId: (await openPoll(actor, input)).auditId }),
  backToPoll,
);

export const castBallotAction = regionAction("intern.view", async ({ actor, input }) => {
  const outcome = await castBallot(actor, input);
  if (outcome.changed) return { message: "Ihre geänderte Stimme ist gespeichert. Es zählt die neue Stimme." };
  return {
    message: outcome.secret
      ? "Ihre Stimme ist abgegeben und wird geheim gezählt."
      : "Ihre Stimme ist abgegeben und wird gezählt.",
  };
});

export const closePollAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Erledigt.", auditId: (await closePoll(actor, input)).auditId }),
  backToPoll,
);

export const publishPollAction = regionAction(
  "intern.view",
  async ({ actor, input }) => ({ message: "Erledigt.", auditId: (await publishPoll(actor, input)).auditId }),
  backToPoll,
);

export const adoptProgrammeAction = regionAction(
  "polls.manage",
  async ({ actor, input }) => ({
    message: "Das Arbeitsprogramm ist beschlossen.",
    year: (await adoptWorkProgramme(actor, input)).year,
  }),
  { redirect: ({ year }, { slug }) => `/${slug}/intern/arbeitsprogramm/${year}` },
);
