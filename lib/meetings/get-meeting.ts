import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";
import { loadAttendance } from "./load-attendance.ts";
import { meetingHasBegun } from "./meeting-has-begun.ts";

export async function getMeeting(actor: Actor, meetingId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const agenda = await tx.agendaItem.findMany({
      where: { regionId: actor.regionId, meetingId: meeting.id, deletedAt: null },
      orderBy: { position: "asc" },
      include: {
        decisions: { orderBy: { number: "asc" }, include: { fieldOfAction: { select: { name: true } } } },
        documents: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true, fileName: true, sizeBytes: true, isPublic: true },
        },
        polls: {
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true, status: true, method: true, result: true },
        },
        // minutes of earlier meetings approved under this TOP ("Genehmigung des Protokolls")
        approvesMinutes: {
          where: { status: "APPROVED" },
          select: { id: true, meeting: { select: { id: true, title: true, startsAt: true } } },
        },
      },
    });
    const attendance = await loadAttendance(tx, actor.regionId, meeting);
    const fieldsOfAction = await tx.fieldOfAction.findMany({
      where: { regionId: actor.regionId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    });
    // The office sees what happened to the invitations (sent, waiting, undeliverable).
    const invitationMails = actor.can("meetings.write")
      ? await tx.outboxEmail.findMany({
          where: { regionId: actor.regionId, idempotencyKey: { startsWith: `meeting-invitation:${meeting.id}:` } },
          orderBy: [{ createdAt: "desc" }, { toAddress: "asc" }],
          select: {
            id: true,
            toAddress: true,
            status: true,
            attempts: true,
            lastError: true,
            sentAt: true,
            createdAt: true,
          },
        })
      : [];
    const minutes = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId: actor.regionId, meetingId: meeting.id } },
      select: { status: true },
    });
    return {
      meeting,
      agenda,
      fieldsOfAction,
      invitationMails,
      minutes,
      /** Attendance can be recorded: the meeting day has come (Berlin time). */
      attendanceOpen: meetingHasBegun(meeting.startsAt),
      ...attendance,
    };
  });
}
