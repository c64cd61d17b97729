import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { isUniqueViolation } from "@/lib/core/db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, idOf } from "@/lib/core/validation/text.ts";
import { checkAmendment } from "./amendments.ts";
import { checkVotes, closedPollOf, decisionFields, refineDecision } from "./check-votes.ts";

export const decisionSchema = z
  .object({
    agendaItemId: idOf("einen Tagesordnungspunkt"),
    ...decisionFields,
    fieldOfActionId: blankable(idOf("ein Handlungsfeld"), null),
    amendmentKind: blankable(
      z.enum(["AMENDS", "REVOKES"], { error: "Bitte wählen Sie, ob der Beschluss ändert oder aufhebt." }),
      null,
    ),
    amendsId: blankable(idOf("den früheren Beschluss"), null),
  })
  .superRefine((value, ctx) => {
    if (value.amendmentKind && !value.amendsId)
      ctx.addIssue({
        code: "custom",
        path: ["amendsId"],
        message: "Bitte wählen Sie den Beschluss, den dieser Beschluss ändert oder aufhebt.",
      });
    if (!value.amendmentKind && value.amendsId)
      ctx.addIssue({
        code: "custom",
        path: ["amendmentKind"],
        message: "Bitte wählen Sie „Änderungsbeschluss“ oder „Aufhebungsbeschluss“ – oder keinen früheren Beschluss.",
      });
    refineDecision(value, ctx);
  });

const ONE_PER_ITEM =
  "Zu diesem Tagesordnungspunkt ist bereits ein Beschluss erfasst. Bitte berichtigen Sie ihn, statt einen zweiten zu erfassen.";

/**
 * Records the Beschluss on a decision TOP — one per TOP. Numbered per region and year
 * ("2026/007"); the numbering is serialised with a transaction-level advisory lock. If the TOP
 * had a yes/no poll, its frozen counts are taken (typed counts must equal them) and the outcome
 * must agree with its result; otherwise the counts may not exceed the voting seats present.
 * An Änderungs- or Aufhebungsbeschluss names the earlier decision it amends or lifts.
 */
export async function recordDecision(actor: Actor, input: unknown) {
  authorize(actor, "decisions.write");
  const data = parseInput(decisionSchema, input);
  try {
    return await withRegion(actor.regionId, (tx) => record(tx, actor, data));
  } catch (error) {
    // the unique index (regionId, agendaItemId) decided a race between two requests
    if (isUniqueViolation(error)) throw new ConflictError(ONE_PER_ITEM);
    throw error;
  }
}

async function record(tx: Tx, actor: Actor, data: z.output<typeof decisionSchema>) {
  const { regionId } = actor;
  const item = await tx.agendaItem.findUnique({
    where: { regionId_id: { regionId, id: data.agendaItemId } },
    include: { meeting: true },
  });
  if (!item || item.deletedAt || item.meeting.deletedAt) throw new NotFoundError();
  if (item.meeting.status === "CANCELLED")
    throw new ConflictError("Die Sitzung ist abgesagt; zu ihren Tagesordnungspunkten wird kein Beschluss erfasst.");
  if (item.kind !== "DECISION")
    throw new ConflictError("Beschlüsse werden zu Tagesordnungspunkten der Art „Beschluss“ erfasst.");
  if (
    data.fieldOfActionId &&
    !(await tx.fieldOfAction.findUnique({ where: { regionId_id: { regionId, id: data.fieldOfActionId } } }))
  ) {
    throw new ValidationError({ fieldOfActionId: ["Bitte wählen Sie ein Handlungsfeld dieser Region."] });
  }
  // A closed yes/no poll on this TOP decides the counts (and which outcomes are possible).
  const poll = await closedPollOf(tx, regionId, item.id);
  const counts = await checkVotes(tx, regionId, item.meeting, poll, data);
  // A TOP forwarded from the Bildungskonferenz: the decision links back to its recommendation
  // (and takes its Handlungsfeld unless another is chosen); deferred, it may be forwarded again.
  const recommendation = item.recommendationId
    ? await tx.recommendation.findUnique({ where: { regionId_id: { regionId, id: item.recommendationId } } })
    : null;
  if (recommendation) {
    await tx.recommendation.update({
      where: { regionId_id: { regionId, id: recommendation.id } },
      data: { status: data.outcome === "DEFERRED" ? "FORWARDED" : "DECIDED" },
    });
  }
  // the meeting's day in Berlin: a meeting at 00:30 is still on its own day, not the UTC day before
  const decidedOn = new Date(`${utcToBerlinLocal(item.meeting.startsAt).slice(0, 10)}T00:00:00Z`);
  const year = decidedOn.getUTCFullYear();
  const amends = data.amendsId ? await checkAmendment(tx, regionId, data.amendsId, decidedOn) : null;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`decision-number:${regionId}:${year}`}))`;
  // after the lock: a parallel request for the same TOP has committed its decision by now
  if (await tx.decision.findUnique({ where: { regionId_agendaItemId: { regionId, agendaItemId: item.id } } }))
    throw new ConflictError(ONE_PER_ITEM);
  const sameYear = await tx.decision.count({
    where: { regionId, decidedOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
  });
  const decision = await tx.decision.create({
    data: {
      regionId,
      bodyId: item.meeting.bodyId,
      meetingId: item.meetingId,
      agendaItemId: item.id,
      fieldOfActionId: data.fieldOfActionId ?? recommendation?.fieldOfActionId ?? null,
      recommendationId: recommendation?.id ?? null,
      number: `${year}/${String(sameYear + 1).padStart(3, "0")}`,
      text: data.text,
      outcome: data.outcome,
      reason: data.reason,
      ...counts,
      pollId: poll?.id ?? null,
      decidedOn,
      isPublic: item.isPublic && item.meeting.isPublic,
      amendsId: amends?.id ?? null,
      amendmentKind: amends ? data.amendmentKind : null,
    },
  });
  await recordAudit(tx, {
    regionId,
    actorId: actor.userId,
    action: "decision.recorded",
    entityType: "Decision",
    entityId: decision.id,
    details: {
      number: decision.number,
      outcome: data.outcome,
      ...(amends ? { [data.amendmentKind === "REVOKES" ? "revokes" : "amends"]: amends.number } : {}),
    },
  });
  return decision;
}
