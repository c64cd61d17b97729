import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { lockedMinutesStatus } from "@/lib/meetings/locked-minutes-status.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, idOf } from "@/lib/core/validation/text.ts";
import { checkVotes, closedPollOf, decisionFields, refineDecision } from "./check-votes.ts";

const correctionSchema = z
  .object({
    decisionId: idOf("einen Beschluss"),
    ...decisionFields,
    correction: cleanText("den Grund der Berichtigung", { min: 5, max: 2000 }),
  })
  .superRefine(refineDecision);

export const APPROVED_MINUTES_MESSAGE =
  "Das Protokoll dieser Sitzung ist genehmigt. Der Beschluss ändert sich jetzt nur noch durch einen neuen Beschluss, der ihn ändert oder aufhebt (Änderungs- oder Aufhebungsbeschluss).";

const COMPARED = ["text", "outcome", "yesCount", "noCount", "abstainCount", "reason"] as const;

/**
 * Berichtigung: until the minutes of its meeting are approved, the office corrects a decision's
 * wording, result or counts, giving a reason. The earlier version is kept (DecisionRevision)
 * and shown on the decision's page; the audit log records who corrected what.
 */
export async function correctDecision(actor: Actor, input: unknown) {
  authorize(actor, "decisions.write");
  const data = parseInput(correctionSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.decisionId } };
    // Locks the decision: a parallel Berichtigung waits and then keeps this one's version.
    await tx.$queryRaw`SELECT 1 FROM "Decision" WHERE "regionId" = ${regionId}::uuid AND "id" = ${data.decisionId}::uuid FOR UPDATE`;
    const decision = await tx.decision.findUnique({ where, include: { meeting: true } });
    if (!decision) throw new NotFoundError();
    if (decision.meetingId && (await lockedMinutesStatus(tx, regionId, decision.meetingId)) === "APPROVED")
      throw new ConflictError(APPROVED_MINUTES_MESSAGE);
    const counts = decision.meeting
      ? await checkVotes(
          tx,
          regionId,
          decision.meeting,
          decision.agendaItemId ? await closedPollOf(tx, regionId, decision.agendaItemId) : null,
          data,
        )
      : { yesCount: data.yesCount, noCount: data.noCount, abstainCount: data.abstainCount };
    const next = { text: data.text, outcome: data.outcome, reason: data.reason, ...counts };
    const changed = COMPARED.filter((key) => decision[key] !== next[key]);
    if (changed.length === 0)
      throw new ValidationError({
        text: ["Der Beschluss ist unverändert. Bitte berichtigen Sie Wortlaut, Ergebnis oder Stimmen."],
      });
    const author = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    await tx.decisionRevision.create({
      data: {
        regionId,
        decisionId: decision.id,
        text: decision.text,
        outcome: decision.outcome,
        reason: decision.reason,
        yesCount: decision.yesCount,
        noCount: decision.noCount,
        abstainCount: decision.abstainCount,
        correction: data.correction,
        correctedById: actor.userId,
        correctedBy: author?.name ?? "",
      },
    });
    const updated = await tx.decision.update({ where, data: next });
    // A deferred decision on a recommendation lets it be forwarded again; any other result decides it.
    if (decision.recommendationId && (decision.outcome === "DEFERRED") !== (data.outcome === "DEFERRED")) {
      await tx.recommendation.update({
        where: { regionId_id: { regionId, id: decision.recommendationId } },
        data: { status: data.outcome === "DEFERRED" ? "FORWARDED" : "DECIDED" },
      });
    }
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "decision.corrected",
      entityType: "Decision",
      entityId: decision.id,
      details: { number: decision.number, changed: [...changed], correction: data.correction },
    });
    return updated;
  });
}
