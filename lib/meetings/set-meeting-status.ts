import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf } from "@/lib/core/validation/text.ts";
import { queueCalendarNotice } from "./meeting-mails.ts";
import { hasRecordedSitting } from "./has-recorded-sitting.ts";

const statusSchema = z.object({
  meetingId: idOf("eine Sitzung"),
  status: z.enum(["PLANNED", "INVITED", "HELD", "CANCELLED"], { error: "Bitte wählen Sie einen Status." }),
});

type Status = z.output<typeof statusSchema>["status"];

/**
 * Where a status may go from here. "Eingeladen" is reached only by sending the invitation and
 * "geplant" only by planning; a held meeting stays held (its decisions and minutes belong to it),
 * and only a meeting that has not taken place can be cancelled. A cancelled meeting that did
 * take place after all can still be marked as held.
 */
const NEXT: Record<Status, readonly Status[]> = {
  PLANNED: ["HELD", "CANCELLED"],
  INVITED: ["HELD", "CANCELLED"],
  HELD: [],
  CANCELLED: ["HELD"],
};

const REFUSED: Record<Status, string> = {
  PLANNED:
    "Eine Sitzung wird nicht wieder auf „geplant“ gesetzt. Bitte planen Sie eine neue Sitzung, wenn sie nachgeholt wird.",
  INVITED: "„Eingeladen“ ist eine Sitzung erst, wenn die Einladung im Schritt „Einladung“ versendet ist.",
  HELD: "Die Sitzung ist bereits durchgeführt.",
  CANCELLED: "Eine durchgeführte Sitzung lässt sich nicht absagen; ihre Beschlüsse und ihr Protokoll gehören zu ihr.",
};

/**
 * Marks a meeting as held or cancelled (see NEXT for what may follow what; the same status
 * again changes nothing). Cancelling a meeting someone was invited to sends them the
 * cancellation with an .ics (METHOD:CANCEL, same UID, next SEQUENCE).
 */
export async function setMeetingStatus(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(statusSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const where = { regionId_id: { regionId: actor.regionId, id: data.meetingId } };
    const existing = await tx.meeting.findUnique({ where, include: { body: true } });
    if (!existing || existing.deletedAt) throw new NotFoundError();
    // Locks the meeting row, so two status changes (a double submit) run one after the other.
    const [locked] = await tx.$queryRaw<{ status: Status }[]>`
      SELECT "status"::text AS "status" FROM "Meeting"
      WHERE "regionId" = ${actor.regionId}::uuid AND "id" = ${data.meetingId}::uuid FOR UPDATE`;
    const current = locked?.status ?? existing.status;
    if (current === data.status) return { ...existing, status: current, notified: 0 };
    if (!NEXT[current].includes(data.status)) throw new ConflictError(REFUSED[data.status]);
    if (data.status === "CANCELLED") {
      if (await hasRecordedSitting(tx, actor.regionId, existing.id))
        throw new ConflictError(
          "Zu dieser Sitzung sind schon Anwesenheit oder Beschlüsse erfasst; sie hat stattgefunden und lässt sich nicht absagen. Bitte markieren Sie sie als durchgeführt.",
        );
    }
    if (data.status === "HELD" && existing.startsAt > new Date())
      throw new ValidationError({ status: ["Eine Sitzung in der Zukunft kann nicht als durchgeführt gelten."] });
    const meeting = await tx.meeting.update({ where, data: { status: data.status } });
    const notified =
      data.status === "CANCELLED"
        ? await queueCalendarNotice(tx, actor.regionId, { ...existing, ...meeting }, "cancel")
        : 0;
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "meeting.status-changed",
      entityType: "Meeting",
      entityId: meeting.id,
      details: { from: current, to: data.status, notified },
    });
    return { ...meeting, notified };
  });
}
