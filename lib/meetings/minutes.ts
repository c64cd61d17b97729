import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isUniqueViolation } from "@/lib/core/db/errors.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { findReadableMeeting } from "./access.ts";
import { loadAttendance } from "./load-attendance.ts";
import { minutesApprovalRefusal, minutesWriteRefusal } from "./minutes-rules.ts";

export const MINUTES_CONFLICT =
  "Das Protokoll wurde inzwischen von jemand anderem gespeichert. Ihr Text ist unten erhalten und nicht gespeichert: Bitte übernehmen Sie Ihre Änderungen in die aktuelle Fassung (Seite neu laden) und speichern Sie erneut.";

const entryText = cleanText("den Protokolltext", { max: 50_000 });

const DECISION_FIELDS = {
  id: true,
  agendaItemId: true,
  number: true,
  text: true,
  outcome: true,
  yesCount: true,
  noCount: true,
  abstainCount: true,
} as const;

/**
 * The minutes of a meeting with a text per TOP, the named attendance list, the meeting's
 * decisions with their counts, and where they were approved. Drafts are for the office only.
 * `writeRefusal`/`approvalRefusal` say why the office cannot write or approve them yet.
 */
export async function getMinutes(actor: Actor, meetingId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const minutes = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId, meetingId: meeting.id } },
      include: {
        entries: true,
        approvedInItem: {
          select: {
            id: true,
            number: true,
            title: true,
            meeting: { select: { id: true, title: true, startsAt: true } },
          },
        },
      },
    });
    const refusals = { writeRefusal: minutesWriteRefusal(meeting), approvalRefusal: minutesApprovalRefusal(meeting) };
    if (minutes?.status === "DRAFT" && !actor.can("minutes.write"))
      return { meeting, minutes: null, agenda: [], quorum: null, attendance: [], decisions: [], ...refusals };
    const agenda = await tx.agendaItem.findMany({
      where: { regionId, meetingId: meeting.id, deletedAt: null },
      orderBy: { position: "asc" },
    });
    const decisions = await tx.decision.findMany({
      where: { regionId, meetingId: meeting.id },
      orderBy: [{ number: "asc" }, { createdAt: "asc" }],
      select: DECISION_FIELDS,
    });
    const textOf = new Map(minutes?.entries.map((e) => [e.agendaItemId, e.text]) ?? []);
    const { quorum, seats, members } = await loadAttendance(tx, regionId, meeting);
    const hasVote = new Set(members.filter((m) => m.hasVote).map((m) => m.membershipId));
    return {
      meeting,
      minutes,
      agenda: agenda.map((item) => ({
        ...item,
        text: textOf.get(item.id) ?? "",
        decisions: decisions.filter((d) => d.agendaItemId === item.id),
      })),
      quorum,
      /** The named attendance list: one row per seat, with the deputy who stood in. */
      attendance: seats.map((seat) => ({ ...seat, hasVote: hasVote.has(seat.membershipId) })),
      /** Decisions of the meeting that belong to no TOP on the agenda. */
      decisions: decisions.filter((d) => !agenda.some((item) => item.id === d.agendaItemId)),
      ...refusals,
    };
  });
}

/**
 * Saves the minutes (creating them on first save). The form names the version it was loaded
 * with; if someone saved in between, nothing is written and the caller keeps their text.
 * The Beschlussfähigkeit from the recorded attendance is written into the minutes.
 */
export async function saveMinutes(actor: Actor, input: Record<string, unknown>) {
  authorize(actor, "minutes.write");
  const data = parseInput(
    z.object({
      meetingId: idOf("eine Sitzung"),
      version: wholeNumber("die Version", { min: 0, max: 1_000_000 }),
      preamble: cleanText("die Vorbemerkung", { max: 20_000 }),
    }),
    input,
  );
  const entries = Object.entries(input)
    .filter(([key]) => key.startsWith("entry:"))
    .map(([key, value]) => ({
      agendaItemId: key.slice(6),
      text: parseInput(z.object({ [key]: entryText }), { [key]: value })[key] as string,
    }));
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({ where: { regionId_id: { regionId, id: data.meetingId } } });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    const refusal = minutesWriteRefusal(meeting);
    if (refusal) throw new ConflictError(refusal);
    const agendaIds = new Set(
      (
        await tx.agendaItem.findMany({
          where: { regionId, meetingId: meeting.id, deletedAt: null },
          select: { id: true },
        })
      ).map((i) => i.id),
    );
    if (entries.some((e) => !agendaIds.has(e.agendaItemId))) throw new NotFoundError();
    const { quorum } = await loadAttendance(tx, regionId, meeting);

    const existing = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId, meetingId: meeting.id } },
    });
    if (existing?.status === "APPROVED")
      throw new ConflictError("Das Protokoll ist genehmigt und kann nicht mehr geändert werden.");
    let minutesId: string;
    if (!existing) {
      if (data.version !== 0) throw new ConflictError(MINUTES_CONFLICT);
      try {
        minutesId = (
          await tx.minutes.create({
            data: {
              regionId,
              meetingId: meeting.id,
              preamble: data.preamble,
              quorumNote: quorum.statement,
              version: 1,
            },
          })
        ).id;
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConflictError(MINUTES_CONFLICT); // created by someone else at the same moment
        throw error;
      }
    } else {
      const updated = await tx.minutes.updateMany({
        where: { regionId, id: existing.id, version: data.version },
        data: { preamble: data.preamble, quorumNote: quorum.statement, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError(MINUTES_CONFLICT);
      minutesId = existing.id;
    }
    for (const entry of entries) {
      await tx.minutesEntry.upsert({
        where: { regionId_agendaItemId: { regionId, agendaItemId: entry.agendaItemId } },
        create: { regionId, minutesId, agendaItemId: entry.agendaItemId, text: entry.text },
        update: { text: entry.text },
      });
    }
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.saved",
      entityType: "Minutes",
      entityId: minutesId,
      details: { meetingId: meeting.id, version: data.version + 1 },
    });
    return { minutesId, version: data.version + 1 };
  });
}

/** Circulated minutes back to a draft (the office changes them before sending them again). */
export async function returnMinutesToDraft(actor: Actor, input: unknown) {
  authorize(actor, "minutes.write");
  const data = parseInput(
    z.object({
      meetingId: idOf("eine Sitzung"),
      version: wholeNumber("die Version", { min: 1, max: 1_000_000 }),
    }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const minutes = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId, meetingId: data.meetingId } },
    });
    if (!minutes) throw new NotFoundError();
    if (minutes.status !== "CIRCULATED")
      throw new ConflictError("Dieser Schritt ist im jetzigen Stand des Protokolls nicht möglich.");
    const updated = await tx.minutes.updateMany({
      where: { regionId, id: minutes.id, version: data.version },
      data: { status: "DRAFT", version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(MINUTES_CONFLICT);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.draft",
      entityType: "Minutes",
      entityId: minutes.id,
      details: { meetingId: data.meetingId },
    });
    return { status: "DRAFT" as const };
  });
}
