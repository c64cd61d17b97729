import "@/lib/core/server-only.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";
import { loadInvitation, shortNoticeWarning } from "./meeting-mails.ts";

const DAY = 86_400_000;

type Meeting = Awaited<ReturnType<typeof findReadableMeeting>>;

/**
 * What the office sees on a meeting page besides the meeting itself: the invitation preview,
 * the meeting's history and the bodies it may be moved to.
 */
export async function getMeetingOffice(actor: Actor, meetingId: string) {
  authorize(actor, "meetings.write");
  return withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const invitation = await invitationPreview(tx, actor.regionId, meeting);
    const history = await meetingHistory(tx, actor.regionId, meeting.id);
    const bodies = await tx.body.findMany({ where: { regionId: actor.regionId }, select: { id: true, name: true } });
    return { invitation, history, bodies: bodies.sort((a, b) => a.name.localeCompare(b.name, "de")) };
  });
}

/**
 * The invitation as it will be sent — subject, text (for the first recipient with an address)
 * and every recipient with or without address — plus the Ladungsfrist check, for the office to
 * read before pressing "send". Null for a meeting that is held or cancelled.
 */
async function invitationPreview(tx: Tx, regionId: string, meeting: Meeting) {
  if (meeting.status !== "PLANNED" && meeting.status !== "INVITED") return null;
  const invitation = await loadInvitation(tx, regionId, meeting);
  const sample = invitation.recipients.find((r) => r.email) ?? invitation.recipients[0];
  const { noticePeriodDays, daysAhead, isShortNotice } = invitation.notice;
  return {
    status: meeting.status,
    hasAgenda: invitation.agenda.length > 0,
    subject: invitation.subject,
    text: sample ? invitation.textFor(sample) : null,
    sampleName: sample?.name ?? null,
    recipients: invitation.recipients.map(({ name, seat, isDeputy, email }) => ({ name, seat, isDeputy, email })),
    noticePeriodDays,
    /** The last Berlin calendar day to invite within the Ladungsfrist (for the task list), if one is set. */
    deadline:
      noticePeriodDays === null ? null : new Date(berlinToday(meeting.startsAt).getTime() - noticePeriodDays * DAY),
    shortNotice: isShortNotice ? shortNoticeWarning(noticePeriodDays!, daysAhead) : null,
  };
}

/** The meeting's own audit entries (created, changed, invited, status, agenda templates), newest first, with who. */
async function meetingHistory(tx: Tx, regionId: string, meetingId: string) {
  const events = await tx.auditEvent.findMany({
    where: { regionId, entityType: "Meeting", entityId: meetingId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const users = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return events.map((e) => ({
    id: e.id,
    action: e.action,
    at: e.createdAt,
    by: (e.actorId && nameOf.get(e.actorId)) || "unbekannt",
    details: (e.details ?? {}) as Record<string, unknown>,
  }));
}
