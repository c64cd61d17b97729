"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";
import { castBallot } from "@/lib/voting/cast-ballot";
import { closePoll, publishPoll } from "@/lib/voting/close-poll";
import { openPoll } from "@/lib/voting/open-poll";
import { createPoll, deleteDraftPoll, updateDraftPoll } from "@/lib/voting/poll-drafts";
import { adoptWorkProgramme } from "@/lib/voting/work-programme";

// Every action re-checks the region gate; the use cases check who may manage or vote.

const fields = (formData: FormData) => Object.fromEntries(formData);

export async function createPollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  let pollId = "";
  const state = await runForm(formData, async () => {
    pollId = (await createPoll(actorOf(context), fields(formData))).id;
    return { message: "Der Entwurf ist gespeichert." };
  });
  if (state.status !== "ok") return state;
  revalidatePath(`/${slug}/intern`, "layout");
  redirect(`/${slug}/intern/abstimmungen/${pollId}`);
}

export async function updatePollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  const state = await runForm(formData, async () => {
    await updateDraftPoll(actorOf(context), fields(formData));
    return { message: "Der Entwurf ist gespeichert." };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function deletePollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  let auditId = "";
  const state = await runForm(formData, async () => {
    auditId = (await deleteDraftPoll(actorOf(context), fields(formData))).id;
    return { message: "Der Entwurf ist gelöscht." };
  });
  if (state.status !== "ok") return state;
  revalidatePath(`/${slug}/intern`, "layout");
  redirect(`/${slug}/intern/abstimmungen?erledigt=${auditId}`);
}

/** Open, close, publish: the page changes shape, so the confirmation comes back from the audit entry. */
async function pollStep(
  slug: string,
  formData: FormData,
  step: (input: Record<string, unknown>) => Promise<{ auditId?: string }>,
): Promise<FormState> {
  let auditId: string | undefined;
  const state = await runForm(formData, async () => {
    auditId = (await step(fields(formData))).auditId;
    return { message: "Erledigt." };
  });
  if (state.status !== "ok") return state;
  revalidatePath(`/${slug}/intern`, "layout");
  redirect(`/${slug}/intern/abstimmungen/${String(formData.get("pollId"))}${auditId ? `?erledigt=${auditId}` : ""}`);
}

export async function openPollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  return pollStep(slug, formData, (input) => openPoll(actorOf(context), input));
}

export async function castBallotAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  const state = await runForm(formData, async () => {
    const outcome = await castBallot(actorOf(context), fields(formData));
    if (outcome.changed) return { message: "Ihre geänderte Stimme ist gespeichert. Es zählt die neue Stimme." };
    return {
      message: outcome.secret
        ? "Ihre Stimme ist abgegeben und wird geheim gezählt."
        : "Ihre Stimme ist abgegeben und wird gezählt.",
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function closePollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  return pollStep(slug, formData, (input) => closePoll(actorOf(context), input));
}

export async function publishPollAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "intern.view");
  return pollStep(slug, formData, (input) => publishPoll(actorOf(context), input));
}

export async function adoptProgrammeAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "polls.manage");
  let year = 0;
  const state = await runForm(formData, async () => {
    year = (await adoptWorkProgramme(actorOf(context), fields(formData))).year;
    return { message: "Das Arbeitsprogramm ist beschlossen." };
  });
  if (state.status !== "ok") return state;
  revalidatePath(`/${slug}/intern`, "layout");
  redirect(`/${slug}/intern/arbeitsprogramm/${year}`);
}
