import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { berlinDateLong } from "@/lib/core/format/berlin-dates.ts";
import { berlinLocalToUtc } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { calendarDate, characterCount, cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { MINUTES_CONFLICT } from "./minutes.ts";
import { approvalDayRefusal, berlinDay, minutesApprovalRefusal } from "./minutes-rules.ts";

/** A TOP title that names the approval of minutes ("Genehmigung des Protokolls …"). */
const APPROVAL_TITLE = /genehmigung.*protokoll|protokoll.*genehmig/i;

/**
 * The TOPs under which the minutes of this meeting can be approved: those of later meetings of
 * the same body that have begun (not cancelled). TOPs named "Genehmigung des Protokolls …"
 * come first, then the others; each group from the next meeting on, in agenda order.
 */
async function approvalItems(tx: Tx, regionId: string, meeting: { id: string; bodyId: string; startsAt: Date }) {
  const today = berlinDay(new Date());
  const items = await tx.agendaItem.findMany({
    where: {
      regionId,
      deletedAt: null,
      meeting: {
        bodyId: meeting.bodyId,
        deletedAt: null,
        status: { not: "CANCELLED" },
        startsAt: { gt: meeting.startsAt },
      },
    },
    orderBy: { position: "asc" },
    select: { id: true, number: true, title: true, meeting: { select: { id: true, title: true, startsAt: true } } },
  });
  return items
    .filter((item) => berlinDay(item.meeting.startsAt) <= today)
    .sort(
      (a, b) =>
        Number(APPROVAL_TITLE.test(b.title)) - Number(APPROVAL_TITLE.test(a.title)) ||
        a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime(),
    );
}

/** The later meetings' TOPs the office can name when approving these minutes (for the form). */
export async function listApprovalItems(actor: Actor, meetingId: string) {
  authorize(actor, "minutes.write");
  if (!isUuid(meetingId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { regionId_id: { regionId: actor.regionId, id: meetingId } },
    });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    return (await approvalItems(tx, actor.regionId, meeting)).map((item) => ({
      id: item.id,
      label: `Sitzung vom ${berlinDateLong.format(item.meeting.startsAt)} (${item.meeting.title}), ${item.number}: ${item.title}`,
    }));
  });
}

const approvalSchema = z.discriminatedUnion("via", [
  z.object({
    via: z.literal("TOP"),
    meetingId: idOf("eine Sitzung"),
    version: wholeNumber("die Version", { min: 1, max: 1_000_000 }),
    agendaItemId: idOf("den TOP, unter dem das Protokoll genehmigt wurde"),
  }),
  z.object({
    via: z.literal("DATE"),
    meetingId: idOf("eine Sitzung"),
    version: wholeNumber("die Version", { min: 1, max: 1_000_000 }),
    approvedOn: calendarDate("das Datum der Genehmigung"),
    approvedBy: cleanText("die Angabe zur Genehmigung", { max: 300 }).refine((value) => characterCount(value) >= 3, {
      error:
        "Bitte geben Sie an, wer das Protokoll genehmigt hat (z. B. „Lenkungskreis im Umlaufverfahren“ oder „Vorsitz“).",
    }),
  }),
]);

/**
 * Approves circulated minutes, after the meeting was held: either under a TOP of a later
 * meeting of the same body ("Genehmigung des Protokolls der Sitzung vom …", linked both ways),
 * or directly with a date between the meeting day and today and who approved them.
 */
export async function approveMinutes(actor: Actor, input: unknown) {
  authorize(actor, "minutes.write");
  const data = parseInput(approvalSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({
      where: { regionId_id: { regionId, id: data.meetingId } },
      include: { body: { select: { name: true } } },
    });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    const minutes = await tx.minutes.findUnique({ where: { regionId_meetingId: { regionId, meetingId: meeting.id } } });
    if (!minutes) throw new NotFoundError();
    if (minutes.status !== "CIRCULATED")
      throw new ConflictError(
        minutes.status === "APPROVED"
          ? "Das Protokoll ist bereits genehmigt."
          : "Bitte versenden Sie den Entwurf zuerst zur Durchsicht; genehmigt wird der versandte Entwurf.",
      );
    const refusal = minutesApprovalRefusal(meeting);
    if (refusal) throw new ConflictError(refusal);

    let approval: { approvedAt: Date; approvedBy: string; approvedInItemId: string | null };
    if (data.via === "TOP") {
      const item = await tx.agendaItem.findUnique({
        where: { regionId_id: { regionId, id: data.agendaItemId } },
        include: { meeting: true },
      });
      if (!item || item.deletedAt || item.meeting.deletedAt) throw new NotFoundError();
      const candidates = await approvalItems(tx, regionId, meeting);
      if (!candidates.some((c) => c.id === item.id))
        throw new ValidationError({
          agendaItemId: [
            "Bitte wählen Sie einen TOP einer späteren Sitzung desselben Gremiums, die bereits stattgefunden hat.",
          ],
        });
      approval = {
        approvedAt: item.meeting.startsAt,
        approvedBy: `${meeting.body.name} in der Sitzung vom ${berlinDateLong.format(item.meeting.startsAt)}, ${item.number}`,
        approvedInItemId: item.id,
      };
    } else {
      const day = data.approvedOn.toISOString().slice(0, 10);
      const dayRefusal = approvalDayRefusal(meeting, day);
      if (dayRefusal) throw new ValidationError({ approvedOn: [dayRefusal] });
      approval = { approvedAt: berlinLocalToUtc(`${day}T12:00`)!, approvedBy: data.approvedBy, approvedInItemId: null };
    }
    const updated = await tx.minutes.updateMany({
      where: { regionId, id: minutes.id, version: data.version },
      data: { status: "APPROVED", version: { increment: 1 }, ...approval },
    });
    if (updated.count !== 1) throw new ConflictError(MINUTES_CONFLICT);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.approved",
      entityType: "Minutes",
      entityId: minutes.id,
      details: {
        approvedBy: approval.approvedBy,
        approvedOn: berlinDay(approval.approvedAt),
        approvedInItemId: approval.approvedInItemId,
      },
    });
    return { approvedBy: approval.approvedBy };
  });
}
