"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from "@/lib/meetings/agenda";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { updateMeeting } from "@/lib/meetings/update-meeting";
import { copyPreviousAgenda, insertStandardAgenda } from "@/lib/meetings/agenda-templates";
import { setMeetingStatus } from "@/lib/meetings/set-meeting-status";
import { MEETING_FIELD_LABEL, MEETING_STATUS_LABEL } from "@/lib/meetings/labels";
import { recordAttendance } from "@/lib/meetings/record-attendance";
import { describeSeatCounts } from "@/lib/meetings/count-seats";
import { sendInvitation } from "@/lib/meetings/send-invitation";
import { recordDecision } from "@/lib/decisions/record-decision";
import { attachAgendaDocument, setDocumentPublic } from "@/lib/meetings/agenda-documents";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";

export const createMeetingAction = regionAction(
  "meetings.write",
  async ({ actor, input }) => {
    const meeting = await createMeeting(actor, input);
    return { message: `Die Sitzung „${meeting.title}“ ist angelegt.`, meeting };
  },
  { redirect: ({ meeting }, { slug }) => `/${slug}/intern/sitzungen/${meeting.id}` },
);

export const setMeetingStatusAction = regionAction("meetings.write", async ({ actor, input }) => {
  const meeting = await setMeetingStatus(actor, input);
  const told = meeting.notified
    ? ` Die Absage geht an ${meeting.notified} ${meeting.notified === 1 ? "Person" : "Personen"}, die eingeladen waren.`
    : "";
  return { message: `Die Sitzung ist jetzt „${MEETING_STATUS_LABEL[meeting.status]}“.${told}` };
});

export const updateMeetingAction = regionAction(
  "meetings.write",
  async ({ actor, input }) => {
    const { changed, notified } = await updateMeeting(actor, input);
    if (changed.length === 0)
      return { message: "Es hat sich nichts geändert; die Sitzung ist unverändert gespeichert." };
    const fields = changed.map((f) => MEETING_FIELD_LABEL[f]).join(", ");
    const told = notified
      ? ` Die Änderungsmitteilung geht an ${notified} ${notified === 1 ? "Person" : "Personen"}.`
      : "";
    return { message: `Die Sitzung ist gespeichert (geändert: ${fields}).${told}` };
  },
  // a public meeting is on the region's public dates and body pages too
  { revalidate: "/" },
);

export const insertStandardAgendaAction = regionAction("meetings.write", async ({ actor, input }) => {
  const { added } = await insertStandardAgenda(actor, input);
  return {
    message: added.length
      ? `Die Standard-Tagesordnung ist eingefügt: ${added.join(", ")}.`
      : "Die Standard-Tagesordnung steht schon vollständig auf der Tagesordnung; nichts wurde doppelt eingefügt.",
  };
});

export const copyPreviousAgendaAction = regionAction("meetings.write", async ({ actor, input }) => {
  const { added, from } = await copyPreviousAgenda(actor, input);
  return {
    message: added.length
      ? `${added.length} ${added.length === 1 ? "TOP" : "TOPs"} aus „${from.title}“ übernommen.`
      : `Alle TOPs aus „${from.title}“ stehen schon auf der Tagesordnung; nichts wurde doppelt übernommen.`,
  };
});

export const addAgendaItemAction = regionAction("meetings.write", async ({ actor, input }) => {
  const item = await addAgendaItem(actor, input);
  return { message: `${item.number} „${item.title}“ ist auf der Tagesordnung.` };
});

export const updateAgendaItemAction = regionAction("meetings.write", async ({ actor, input }) => {
  const item = await updateAgendaItem(actor, input);
  return { message: `${item.number} ist gespeichert.` };
});

export const moveAgendaItemAction = regionAction("meetings.write", async ({ actor, input }) => {
  const { position } = await moveAgendaItem(actor, input);
  return { message: `Jetzt TOP ${position}.` };
});

export const removeAgendaItemAction = regionAction(
  "meetings.write",
  async ({ actor, input }) => {
    const removed = await removeAgendaItem(actor, input);
    return { message: `${removed.number} ist entfernt.`, removed };
  },
  {
    redirect: ({ removed }, { slug }) => `/${slug}/intern/sitzungen/${removed.meetingId}?erledigt=${removed.auditId}`,
  },
);

export const recordAttendanceAction = regionAction("meetings.write", async ({ actor, input }) => {
  const { quorum, counts } = await recordAttendance(actor, input);
  return { message: `Die Anwesenheit ist gespeichert: ${describeSeatCounts(counts)}. ${quorum.statement}` };
});

export const sendInvitationAction = regionAction("meetings.write", async ({ actor, input }) => {
  const { queued, alreadyQueued, withoutAddress, shortNotice } = await sendInvitation(actor, input);
  const warnings = withoutAddress.length
    ? [`Ohne E-Mail-Adresse, bitte anders einladen: ${withoutAddress.join(", ")}.`]
    : [];
  if (shortNotice) warnings.push(`${shortNotice} Die Bestätigung ist in der Geschichte der Sitzung vermerkt.`);
  if (!process.env.SMTP_URL)
    warnings.push("Der E-Mail-Versand ist nicht eingerichtet; die Einladungen warten im Postausgang.");
  const message =
    queued === 0 && alreadyQueued > 0
      ? "Zu dieser Fassung der Tagesordnung wurde bereits eingeladen; es geht keine E-Mail doppelt hinaus."
      : `Die Einladung geht an ${queued} ${queued === 1 ? "Person" : "Personen"} hinaus.`;
  return { message, warnings };
});

export const recordDecisionAction = regionAction("decisions.write", async ({ actor, input }) => {
  const decision = await recordDecision(actor, input);
  return { message: `Beschluss ${decision.number} ist erfasst: ${OUTCOME_LABEL[decision.outcome]}.` };
});

export const attachDocumentAction = regionAction("documents.write", async ({ actor, formData }) => {
  const document = await attachAgendaDocument(
    actor,
    formData.get("agendaItemId"),
    formData.get("title"),
    formData.get("file"),
  );
  return { message: `„${document.title}“ ist angehängt.` };
});

/** Says plainly whether a published document can be read by anyone now, and if not, why not. */
function publicationMessage(document: Awaited<ReturnType<typeof setDocumentPublic>>) {
  if (!document.isPublic) return `„${document.title}“ ist nicht mehr veröffentlicht.`;
  if (document.isVisibleToAnyone) return `„${document.title}“ ist veröffentlicht.`;
  const hidden = !document.isMeetingPublic
    ? document.isTopPublic
      ? "die Sitzung ist nicht öffentlich"
      : "die Sitzung und der TOP sind nicht öffentlich"
    : "der TOP ist nicht öffentlich";
  return `„${document.title}“ ist zur Veröffentlichung freigegeben, aber noch nicht öffentlich: ${hidden}. Die Unterlage erscheint öffentlich, sobald TOP und Sitzung öffentlich sind.`;
}

export const setDocumentPublicAction = regionAction(
  "documents.write",
  async ({ actor, input }) => {
    const document = await setDocumentPublic(actor, input);
    return { message: publicationMessage(document) };
  },
  { revalidate: "/" },
);
