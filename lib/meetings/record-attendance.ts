import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import { loadAttendance, type SeatStatus } from "./load-attendance.ts";
import { countSeats } from "./count-seats.ts";
import { lockedMinutesStatus } from "./locked-minutes-status.ts";
import { ATTENDANCE_NOT_YET, meetingHasBegun } from "./meeting-has-begun.ts";

const SEAT_STATUSES = new Set<string>(["PRESENT", "EXCUSED", "REPRESENTED", "ABSENT", ""]);

export const ATTENDANCE_CHANGED =
  "Die Anwesenheit wurde inzwischen von jemand anderem gespeichert. Es wurde nichts gespeichert. Bitte laden Sie die Seite neu, prüfen Sie den gespeicherten Stand und tragen Sie Ihre Änderungen dann erneut ein.";

export const ATTENDANCE_APPROVED =
  "Das Protokoll dieser Sitzung ist genehmigt; die Anwesenheit darin lässt sich nicht mehr ändern.";

type Choice = { status: SeatStatus | ""; deputyId: string | null };

/**
 * Records attendance per seat, from the meeting day on (Berlin time). Input: `seat:<membershipId>`
 * → PRESENT | EXCUSED | REPRESENTED | ABSENT | "" (not recorded), `deputy:<membershipId>` → the
 * deputy who stood in ("vertreten": the member is stored as excused with that deputy present), or
 * `alle=PRESENT` for every seat present. With `revision` (as the form read it) a save over a
 * change someone else made in between is refused. Seats not named stay as they are. Returns
 * the Beschlussfähigkeit and the seat counts after the save.
 */
export async function recordAttendance(actor: Actor, input: Record<string, unknown>) {
  authorize(actor, "meetings.write");
  const meetingId = typeof input.meetingId === "string" ? input.meetingId : "";
  if (!isUuid(meetingId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({ where: { regionId_id: { regionId, id: meetingId } } });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    if (meeting.status === "CANCELLED") throw new ConflictError("Die Sitzung ist abgesagt; es gibt keine Anwesenheit.");
    if (!meetingHasBegun(meeting.startsAt)) throw new ConflictError(ATTENDANCE_NOT_YET);
    // Locks the meeting row: two saves of the same attendance run one after the other.
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "regionId" = ${regionId}::uuid AND "id" = ${meetingId}::uuid FOR UPDATE`;
    // Approved minutes name who was there; the attendance they approved no longer changes.
    const minutes = await lockedMinutesStatus(tx, regionId, meetingId);
    if (minutes === "APPROVED") throw new ConflictError(ATTENDANCE_APPROVED);
    const before = await loadAttendance(tx, regionId, meeting);
    if (typeof input.revision === "string" && input.revision !== before.attendanceRevision)
      throw new ConflictError(ATTENDANCE_CHANGED);

    const choices = readChoices(input, before.seats);
    for (const seat of before.seats) {
      const choice = choices.get(seat.membershipId);
      if (choice) await saveSeat(tx, regionId, meetingId, seat, choice);
    }

    const after = await loadAttendance(tx, regionId, meeting);
    const label = (s: (typeof after.seats)[number] | undefined) =>
      s?.status === "REPRESENTED" ? `vertreten durch ${s.representedBy?.name}` : (s?.status ?? "");
    const changes = before.seats
      .map((seat) => ({ seat, now: after.seats.find((s) => s.membershipId === seat.membershipId) }))
      .filter(({ seat, now }) => label(seat) !== label(now))
      .map(({ seat, now }) => ({ name: seat.name, from: label(seat), to: label(now) }));
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "attendance.recorded",
      entityType: "Meeting",
      entityId: meetingId,
      details: { changes, represented: after.quorum.represented, isQuorate: after.quorum.isQuorate },
    });
    return { quorum: after.quorum, counts: countSeats(after.seats), changed: changes.length };
  });
}

type Seat = Awaited<ReturnType<typeof loadAttendance>>["seats"][number];

function readChoices(input: Record<string, unknown>, seats: Seat[]): Map<string, Choice> {
  const choices = new Map<string, Choice>();
  if (input.alle === "PRESENT") {
    for (const seat of seats) choices.set(seat.membershipId, { status: "PRESENT", deputyId: null });
    return choices;
  }
  const byId = new Map(seats.map((s) => [s.membershipId, s]));
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!key.startsWith("seat:")) continue;
    const membershipId = key.slice(5);
    const seat = byId.get(membershipId);
    if (!seat) throw new NotFoundError("Diese Person hat am Sitzungstag keinen Sitz im Gremium.");
    const status = String(value ?? "");
    const deputyId = typeof input[`deputy:${membershipId}`] === "string" ? String(input[`deputy:${membershipId}`]) : "";
    if (!SEAT_STATUSES.has(status)) {
      errors[key] = ["Bitte wählen Sie anwesend, entschuldigt, vertreten, abwesend oder nicht erfasst."];
    } else if (status === "REPRESENTED" && seat.deputies.length === 0) {
      errors[key] = [`Für ${seat.name} ist keine Stellvertretung benannt.`];
    } else if (status === "REPRESENTED" && !seat.deputies.some((d) => d.membershipId === deputyId)) {
      errors[`deputy:${membershipId}`] = [`Bitte wählen Sie, wer ${seat.name} vertreten hat.`];
    }
    choices.set(membershipId, {
      status: status as Choice["status"],
      deputyId: status === "REPRESENTED" ? deputyId : null,
    });
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return choices;
}

async function saveSeat(tx: Tx, regionId: string, meetingId: string, seat: Seat, choice: Choice) {
  const key = (membershipId: string) => ({
    regionId_meetingId_membershipId: { regionId, meetingId, membershipId },
  });
  const put = (membershipId: string, status: "PRESENT" | "EXCUSED" | "ABSENT", representedById: string | null) =>
    tx.attendance.upsert({
      where: key(membershipId),
      create: { regionId, meetingId, membershipId, status, representedById },
      update: { status, representedById },
    });
  if (choice.status === "") {
    await tx.attendance.deleteMany({ where: { regionId, meetingId, membershipId: seat.membershipId } });
  } else if (choice.status === "REPRESENTED") {
    await put(seat.membershipId, "EXCUSED", choice.deputyId);
  } else {
    await put(seat.membershipId, choice.status, null);
  }
  // The deputies of the seat: the one who stood in is present, the others were not needed.
  for (const deputy of seat.deputies) {
    if (deputy.membershipId === choice.deputyId) await put(deputy.membershipId, "PRESENT", null);
    else await tx.attendance.deleteMany({ where: { regionId, meetingId, membershipId: deputy.membershipId } });
  }
}
