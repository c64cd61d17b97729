import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { loadAttendance } from "./load-attendance.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

const STATUSES = new Set(["PRESENT", "EXCUSED", "ABSENT", ""]);

/**
 * Records attendance for the members sitting on the meeting day. Input: `status:<membershipId>`
 * → PRESENT | EXCUSED | ABSENT | "" (not recorded). Returns the Beschlussfähigkeit after it.
 */
export async function recordAttendance(actor: Actor, input: Record<string, unknown>) {
  authorize(actor, "meetings.write");
  const meetingId = typeof input.meetingId === "string" ? input.meetingId : "";
  if (!isUuid(meetingId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({ where: { regionId_id: { regionId, id: meetingId } } });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    const { members } = await loadAttendance(tx, regionId, meeting);
    const sittingIds = new Set(members.map((m) => m.membershipId));
    const entries = Object.entries(input)
      .filter(([key]) => key.startsWith("status:"))
      .map(([key, value]) => [key.slice(7), String(value ?? "")] as const);
    const errors: Record<string, string[]> = {};
    for (const [membershipId, status] of entries) {
      if (!sittingIds.has(membershipId))
        throw new NotFoundError("Diese Person gehört am Sitzungstag nicht zum Gremium.");
      if (!STATUSES.has(status))
        errors[`status:${membershipId}`] = ["Bitte wählen Sie anwesend, entschuldigt oder abwesend."];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    for (const [membershipId, status] of entries) {
      if (status === "") {
        await tx.attendance.deleteMany({ where: { regionId, meetingId, membershipId } });
      } else {
        await tx.attendance.upsert({
          where: { regionId_meetingId_membershipId: { regionId, meetingId, membershipId } },
          create: { regionId, meetingId, membershipId, status: status as "PRESENT" | "EXCUSED" | "ABSENT" },
          update: { status: status as "PRESENT" | "EXCUSED" | "ABSENT" },
        });
      }
    }
    const after = await loadAttendance(tx, regionId, meeting);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "attendance.recorded",
      entityType: "Meeting",
      entityId: meetingId,
      details: { entries: entries.length, represented: after.quorum.represented, isQuorate: after.quorum.isQuorate },
    });
    return after.quorum;
  });
}
