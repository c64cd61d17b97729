import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { berlinDateTime as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf } from "@/lib/core/validation/text.ts";
import { meetingSchema } from "./create-meeting.ts";
import { MEETING_FIELD_LABEL, type MeetingField } from "./labels.ts";
import { queueCalendarNotice } from "./meeting-mails.ts";
import { hasRecordedSitting } from "./has-recorded-sitting.ts";

const updateSchema = z.object({ meetingId: idOf("eine Sitzung") }).and(meetingSchema);

/** Fields whose change after the invitation is sent to everyone invited. */
const NOTIFIED: MeetingField[] = ["startsAt", "endsAt", "location", "onlineUrl"];

const shown = (value: Date | string | boolean | null) =>
  value === null || value === ""
    ? "(keine Angabe)"
    : value instanceof Date
      ? `${dateFormat.format(value)} Uhr`
      : typeof value === "boolean"
        ? value
          ? "ja"
          : "nein"
        : value;

/**
 * Corrects a meeting (title, body, date, place, public flag) while it is planned or invited.
 * Every change is in the audit entry with old and new value. If the date, time or place
 * changed after the invitation went out, everyone invited gets an Änderungsmitteilung with the
 * calendar entry (same UID, next SEQUENCE).
 */
export async function updateMeeting(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(updateSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.meetingId } };
    // Locks the meeting first: an edit racing a cancellation (or another edit) reads what it stored.
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "regionId" = ${regionId}::uuid AND "id" = ${data.meetingId}::uuid FOR UPDATE`;
    const existing = await tx.meeting.findUnique({ where, include: { body: true } });
    if (!existing || existing.deletedAt) throw new NotFoundError();
    if (existing.status !== "PLANNED" && existing.status !== "INVITED")
      throw new ConflictError(
        "Eine durchgeführte oder abgesagte Sitzung lässt sich nicht mehr bearbeiten; Änderungen gehören ins Protokoll.",
      );
    const body =
      data.bodyId === existing.bodyId
        ? existing.body
        : await tx.body.findUnique({ where: { regionId_id: { regionId, id: data.bodyId } } });
    if (!body) throw new NotFoundError();
    if (body.id !== existing.bodyId && existing.status === "INVITED")
      throw new ConflictError(
        "Nach der Einladung lässt sich das Gremium nicht mehr ändern. Bitte sagen Sie die Sitzung ab und planen Sie eine neue.",
      );

    const before: Record<MeetingField, Date | string | boolean | null> = {
      body: existing.body.name,
      title: existing.title,
      startsAt: existing.startsAt,
      endsAt: existing.endsAt,
      location: existing.location,
      onlineUrl: existing.onlineUrl,
      isPublic: existing.isPublic,
    };
    const after: typeof before = { ...data, body: body.name };
    const same = (a: unknown, b: unknown) =>
      a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    const changed = (Object.keys(MEETING_FIELD_LABEL) as MeetingField[]).filter((f) => !same(before[f], after[f]));
    if (changed.length === 0) return { meeting: existing, changed, notified: 0 };
    // Decisions take their date (and number year) and attendance its seats from the meeting's
    // day and body: once either is recorded, the meeting has in effect taken place.
    if (changed.includes("startsAt") || changed.includes("body")) {
      if (await hasRecordedSitting(tx, regionId, existing.id))
        throw new ConflictError(
          "Zu dieser Sitzung sind schon Anwesenheit oder Beschlüsse erfasst; Beginn und Gremium lassen sich nicht mehr ändern. Bitte markieren Sie die Sitzung als durchgeführt; Korrekturen gehören ins Protokoll.",
        );
    }

    const meeting = await tx.meeting.update({
      where,
      data: {
        bodyId: body.id,
        title: data.title,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        location: data.location,
        onlineUrl: data.onlineUrl,
        isPublic: data.isPublic,
      },
      include: { body: true },
    });
    const noticeLines = changed
      .filter((f) => NOTIFIED.includes(f))
      .map((f) => `${MEETING_FIELD_LABEL[f]}: bisher ${shown(before[f])}, jetzt ${shown(after[f])}`);
    const notified =
      existing.status === "INVITED" && noticeLines.length > 0
        ? await queueCalendarNotice(tx, regionId, meeting, "change", noticeLines)
        : 0;
    const serial = (value: Date | string | boolean | null) => (value instanceof Date ? value.toISOString() : value);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "meeting.updated",
      entityType: "Meeting",
      entityId: meeting.id,
      details: {
        changes: Object.fromEntries(changed.map((f) => [f, { from: serial(before[f]), to: serial(after[f]) }])),
        notified,
      },
    });
    return { meeting, changed, notified };
  });
}
