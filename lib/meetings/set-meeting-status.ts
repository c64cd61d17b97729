import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf } from "@/lib/core/validation/text.ts";
import { queueCalendarNotice } from "./meeting-mails.ts";

const statusSchema = z.object({
  meetingId: idOf("eine Sitzung"),
  status: z.enum(["PLANNED", "INVITED", "HELD", "CANCELLED"], { error: "Bitte wählen Sie einen Status." }),
});

/**
 * Marks a meeting as held or cancelled (or back to planned). Cancelling a meeting someone was
 * invited to sends them the cancellation with an .ics (METHOD:CANCEL, same UID, next SEQUENCE).
 */
export async function setMeetingStatus(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(statusSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const where = { regionId_id: { regionId: actor.regionId, id: data.meetingId } };
    const existing = await tx.meeting.findUnique({ where, include: { body: true } });
    if (!existing || existing.deletedAt) throw new NotFoundError();
    if (data.status === "HELD" && existing.startsAt > new Date())
      throw new ValidationError({ status: ["Eine Sitzung in der Zukunft kann nicht als durchgeführt gelten."] });
    const meeting = await tx.meeting.update({ where, data: { status: data.status } });
    const notified =
      data.status === "CANCELLED" && existing.status !== "CANCELLED"
        ? await queueCalendarNotice(tx, actor.regionId, { ...existing, ...meeting }, "cancel")
        : 0;
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "meeting.status-changed",
      entityType: "Meeting",
      entityId: meeting.id,
      details: { from: existing.status, to: data.status, notified },
    });
    return { ...meeting, notified };
  });
}
