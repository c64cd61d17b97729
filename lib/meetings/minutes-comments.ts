import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { checkbox, cleanText, idOf } from "@/lib/core/validation/text.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";

// Comments of members on draft minutes under review ("zur Durchsicht versandt"), one per member
// and TOP. Only members of the body comment; the office sees every comment beside the text and
// marks it done. Comments are not part of the minutes: once approved they are shown nowhere.

const REVIEW_CLOSED = "Anmerkungen sind nur möglich, solange der Entwurf zur Durchsicht versandt ist.";

/** The actor's person if they hold a current seat (or deputy seat) in the body, else null. */
async function memberOfBody(tx: Tx, actor: Actor, bodyId: string) {
  if (!actor.can("minutes.comment")) return null;
  const now = new Date();
  return tx.person.findFirst({
    where: {
      regionId: actor.regionId,
      userId: actor.userId,
      memberships: { some: { bodyId, endedAt: null, startsOn: { lte: now } } },
    },
    select: { id: true },
  });
}

/**
 * The review comments the actor may see on a meeting's minutes: the office all open and done
 * ones, a member of the body their own. `canComment`: the actor is a member of the body and the
 * draft is under review. Someone who may not read the meeting gets "not found".
 */
export async function getMinutesComments(actor: Actor, meetingId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const minutes = await tx.minutes.findUnique({
      where: { regionId_meetingId: { regionId, meetingId: meeting.id } },
      select: { id: true, status: true },
    });
    const office = actor.can("minutes.write");
    const member = await memberOfBody(tx, actor, meeting.bodyId);
    const underReview = minutes?.status === "CIRCULATED";
    if (!minutes || minutes.status === "APPROVED" || (!office && (!member || !underReview)))
      return { canComment: false, canMarkDone: false, comments: [] };
    const comments = await tx.minutesComment.findMany({
      where: { regionId, minutesId: minutes.id, withdrawnAt: null, ...(office ? {} : { authorId: member!.id }) },
      orderBy: { createdAt: "asc" },
      include: { author: { select: { givenName: true, familyName: true, title: true } } },
    });
    return {
      canComment: underReview && member !== null,
      canMarkDone: office,
      comments: comments.map((c) => ({
        id: c.id,
        agendaItemId: c.agendaItemId,
        text: c.text,
        authorName: personName(c.author),
        isOwn: c.authorId === member?.id,
        updatedAt: c.updatedAt,
        doneAt: c.doneAt,
      })),
    };
  });
}

/** The minutes under review that the TOP belongs to, if the actor is a member of the body. */
async function reviewOf(tx: Tx, actor: Actor, agendaItemId: string) {
  const item = await tx.agendaItem.findUnique({
    where: { regionId_id: { regionId: actor.regionId, id: agendaItemId } },
  });
  if (!item || item.deletedAt) throw new NotFoundError();
  const meeting = await findReadableMeeting(tx, actor, item.meetingId);
  const author = await memberOfBody(tx, actor, meeting.bodyId);
  if (!author) throw new NotFoundError();
  const minutes = await tx.minutes.findUnique({
    where: { regionId_meetingId: { regionId: actor.regionId, meetingId: meeting.id } },
    select: { id: true, status: true },
  });
  if (!minutes || minutes.status === "DRAFT") throw new NotFoundError();
  if (minutes.status !== "CIRCULATED") throw new ConflictError(REVIEW_CLOSED);
  return { item, minutes, author };
}

/** A member writes or changes their comment on one TOP while the draft is under review. */
export async function saveMinutesComment(actor: Actor, input: unknown) {
  authorize(actor, "minutes.comment");
  const data = parseInput(
    z.object({
      agendaItemId: idOf("einen Tagesordnungspunkt"),
      text: cleanText("Ihre Anmerkung", { min: 1, max: 5_000 }),
    }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const { item, minutes, author } = await reviewOf(tx, actor, data.agendaItemId);
    const where = { regionId_agendaItemId_authorId: { regionId, agendaItemId: item.id, authorId: author.id } };
    const before = await tx.minutesComment.findUnique({ where });
    const comment = await tx.minutesComment.upsert({
      where,
      create: { regionId, minutesId: minutes.id, agendaItemId: item.id, authorId: author.id, text: data.text },
      update: { text: data.text, withdrawnAt: null, doneAt: null, doneById: null },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.comment-saved",
      entityType: "MinutesComment",
      entityId: comment.id,
      details: { agendaItemId: item.id, previousText: before && !before.withdrawnAt ? before.text : null },
    });
    return { agendaItemId: item.id, number: item.number, text: comment.text };
  });
}

/** A member withdraws their own comment while the draft is under review (the audit keeps it). */
export async function withdrawMinutesComment(actor: Actor, input: unknown) {
  authorize(actor, "minutes.comment");
  const { commentId } = parseInput(z.object({ commentId: idOf("eine Anmerkung") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const comment = await tx.minutesComment.findUnique({ where: { regionId_id: { regionId, id: commentId } } });
    if (!comment || comment.withdrawnAt) throw new NotFoundError();
    const { item, author } = await reviewOf(tx, actor, comment.agendaItemId);
    if (comment.authorId !== author.id) throw new NotFoundError();
    await tx.minutesComment.update({
      where: { regionId_id: { regionId, id: comment.id } },
      data: { withdrawnAt: new Date() },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.comment-withdrawn",
      entityType: "MinutesComment",
      entityId: comment.id,
      details: { agendaItemId: item.id, text: comment.text },
    });
    return { number: item.number };
  });
}

/** The office marks a comment as done (erledigt), or open again. */
export async function setMinutesCommentDone(actor: Actor, input: unknown) {
  authorize(actor, "minutes.write");
  const data = parseInput(z.object({ commentId: idOf("eine Anmerkung"), done: checkbox }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const comment = await tx.minutesComment.findUnique({
      where: { regionId_id: { regionId, id: data.commentId } },
      include: { minutes: { select: { status: true } }, author: true },
    });
    if (!comment || comment.withdrawnAt) throw new NotFoundError();
    if (comment.minutes.status === "APPROVED") throw new ConflictError("Das Protokoll ist bereits genehmigt.");
    await tx.minutesComment.update({
      where: { regionId_id: { regionId, id: comment.id } },
      data: data.done ? { doneAt: new Date(), doneById: actor.userId } : { doneAt: null, doneById: null },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: data.done ? "minutes.comment-done" : "minutes.comment-reopened",
      entityType: "MinutesComment",
      entityId: comment.id,
      details: { agendaItemId: comment.agendaItemId },
    });
    return { done: data.done, authorName: personName(comment.author) };
  });
}
