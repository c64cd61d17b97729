"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/meetings/agenda";
import { createMeeting, setMeetingStatus } from "@/lib/meetings/create-meeting";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/labels";
import { recordAttendance } from "@/lib/meetings/record-attendance";
import { sendInvitation } from "@/lib/meetings/send-invitation";
import { saveMinutes, setMinutesStatus } from "@/lib/meetings/minutes";
import { recordDecision } from "@/lib/decisions/record-decision";
import { attachAgendaDocument, setDocumentPublic } from "@/lib/meetings/attach-document";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

const input = (formData: FormData) => Object.fromEntries(formData);

async function meetingAction(
  slug: string,
  formData: FormData,
  work: (actor: ReturnType<typeof actorOf>) => Promise<{ message: string; warnings?: string[] }>,
) {
  const context = await requireRegion(slug, "meetings.write");
  const state = await runForm(formData, () => work(actorOf(context)));
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function createMeetingAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await meetingAction(slug, formData, async (actor) => {
    const meeting = await createMeeting(actor, input(formData));
    id = meeting.id;
    return { message: `Die Sitzung „${meeting.title}“ ist angelegt.` };
  });
  if (state.status === "ok") redirect(`/${slug}/intern/sitzungen/${id}`);
  return state;
}

export async function setMeetingStatusAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const meeting = await setMeetingStatus(actor, input(formData));
    return { message: `Die Sitzung ist jetzt „${MEETING_STATUS_LABEL[meeting.status]}“.` };
  });
}

export async function addAgendaItemAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const item = await addAgendaItem(actor, input(formData));
    return { message: `${item.number} „${item.title}“ ist auf der Tagesordnung.` };
  });
}

export async function updateAgendaItemAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const item = await updateAgendaItem(actor, input(formData));
    return { message: `${item.number} ist gespeichert.` };
  });
}

export async function moveAgendaItemAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const { position } = await moveAgendaItem(actor, input(formData));
    return { message: `Jetzt TOP ${position}.` };
  });
}

export async function removeAgendaItemAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  let target = "";
  const state = await meetingAction(slug, formData, async (actor) => {
    const removed = await removeAgendaItem(actor, input(formData));
    target = `/${slug}/intern/sitzungen/${removed.meetingId}?erledigt=${removed.auditId}`;
    return { message: `${removed.number} ist entfernt.` };
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function recordAttendanceAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const quorum = await recordAttendance(actor, input(formData));
    return { message: `Die Anwesenheit ist gespeichert. ${quorum.statement}` };
  });
}

export async function sendInvitationAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  return meetingAction(slug, formData, async (actor) => {
    const { queued, alreadyQueued, withoutAddress } = await sendInvitation(actor, input(formData));
    const warnings = withoutAddress.length
      ? [`Ohne E-Mail-Adresse, bitte anders einladen: ${withoutAddress.join(", ")}.`]
      : [];
    if (!process.env.SMTP_URL)
      warnings.push("Der E-Mail-Versand ist nicht eingerichtet; die Einladungen warten im Postausgang.");
    const message =
      queued === 0 && alreadyQueued > 0
        ? "Zu dieser Fassung der Tagesordnung wurde bereits eingeladen; es geht keine E-Mail doppelt hinaus."
        : `Die Einladung geht an ${queued} ${queued === 1 ? "Person" : "Personen"} hinaus.`;
    return { message, warnings };
  });
}

export async function saveMinutesAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "minutes.write");
  const state = await runForm(formData, async () => {
    await saveMinutes(actorOf(context), input(formData));
    return { message: "Das Protokoll ist gespeichert." };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

const MINUTES_STATUS_MESSAGE = {
  DRAFT: "Das Protokoll ist wieder ein Entwurf.",
  CIRCULATED: "Das Protokoll ist zur Durchsicht freigegeben; die Mitglieder können es lesen.",
  APPROVED: "Das Protokoll ist genehmigt.",
} as const;

export async function setMinutesStatusAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "minutes.write");
  const state = await runForm(formData, async () => {
    const { status } = await setMinutesStatus(actorOf(context), input(formData));
    return { message: MINUTES_STATUS_MESSAGE[status] };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function recordDecisionAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "decisions.write");
  const state = await runForm(formData, async () => {
    const decision = await recordDecision(actorOf(context), input(formData));
    return { message: `Beschluss ${decision.number} ist erfasst: ${OUTCOME_LABEL[decision.outcome]}.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function attachDocumentAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "documents.write");
  const state = await runForm(formData, async () => {
    const document = await attachAgendaDocument(
      actorOf(context),
      formData.get("agendaItemId"),
      formData.get("title"),
      formData.get("file"),
    );
    return { message: `„${document.title}“ ist angehängt.` };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern`, "layout");
  return state;
}

export async function setDocumentPublicAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "documents.write");
  const state = await runForm(formData, async () => {
    const document = await setDocumentPublic(actorOf(context), input(formData));
    return {
      message: document.isPublic
        ? `„${document.title}“ ist veröffentlicht (wenn der TOP und die Sitzung öffentlich sind).`
        : `„${document.title}“ ist nicht mehr veröffentlicht.`,
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}`, "layout");
  return state;
}
