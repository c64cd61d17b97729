import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { checkbox, idOf } from "@/lib/core/validation/text.ts";
import { icsContentType, meetingToIcs } from "./meeting-calendar.ts";
import { loadInvitation, mailOrganizer, shortNoticeWarning } from "./meeting-mails.ts";

/**
 * Invites every member and deputy sitting in the body on the meeting day: one e-mail each
 * through the outbox, with the full agenda and the meeting as .ics attachment (METHOD:REQUEST,
 * the meeting's next SEQUENCE). Sending the same agenda version twice queues nothing new; a
 * changed agenda can be sent again. Inside the Ladungsfrist of the contract the office has to
 * confirm that it invites late (`confirmShortNotice`); the confirmation is in the audit entry.
 */
export async function sendInvitation(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const { meetingId, confirmShortNotice } = parseInput(
    z.object({ meetingId: idOf("eine Sitzung"), confirmShortNotice: checkbox }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: meetingId } };
    // Locks the meeting first: an invitation racing a cancellation sees it (and does not undo it).
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "regionId" = ${regionId}::uuid AND "id" = ${meetingId}::uuid FOR UPDATE`;
    const meeting = await tx.meeting.findUnique({ where, include: { body: true } });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    if (meeting.status === "CANCELLED" || meeting.status === "HELD")
      throw new ConflictError("Zu einer abgesagten oder bereits durchgeführten Sitzung wird nicht mehr eingeladen.");
    const invitation = await loadInvitation(tx, regionId, meeting);
    if (invitation.agenda.length === 0) throw new ConflictError("Bitte stellen Sie zuerst die Tagesordnung auf.");
    const { noticePeriodDays, daysAhead, isShortNotice } = invitation.notice;
    if (isShortNotice && !confirmShortNotice)
      throw new ValidationError({
        confirmShortNotice: [
          `${shortNoticeWarning(noticePeriodDays!, daysAhead)} Bitte bestätigen Sie, dass Sie trotzdem einladen.`,
        ],
      });

    const sequence = meeting.icsSequence + 1;
    const organizer = mailOrganizer();
    const withAddress = invitation.recipients.filter((r) => r.email);
    const created = await tx.outboxEmail.createMany({
      skipDuplicates: true,
      data: withAddress.map((recipient) => ({
        regionId,
        idempotencyKey: `meeting-invitation:${meeting.id}:${meeting.version}:${recipient.membershipId}`,
        toAddress: recipient.email,
        subject: invitation.subject,
        textBody: invitation.textFor(recipient),
        attachments: [
          {
            filename: "sitzung.ics",
            content: meetingToIcs(meeting, `Tagesordnung:\n${invitation.agendaText}`, {
              method: "REQUEST",
              sequence,
              organizer,
              attendee: { name: recipient.name, email: recipient.email },
            }),
            contentType: icsContentType("REQUEST"),
          },
        ],
      })),
    });
    await tx.meeting.update({
      where,
      data: {
        ...(meeting.status === "PLANNED" ? { status: "INVITED" as const } : {}),
        ...(created.count > 0 ? { icsSequence: sequence } : {}),
      },
    });
    const withoutAddress = invitation.recipients.filter((r) => !r.email).map((r) => r.name);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "meeting.invitation-sent",
      entityType: "Meeting",
      entityId: meeting.id,
      details: {
        queued: created.count,
        withoutAddress,
        agendaVersion: meeting.version,
        noticePeriodDays,
        daysAhead,
        shortNoticeConfirmed: isShortNotice,
      },
    });
    return {
      queued: created.count,
      alreadyQueued: withAddress.length - created.count,
      withoutAddress,
      shortNotice: isShortNotice ? shortNoticeWarning(noticePeriodDays!, daysAhead) : null,
    };
  });
}
