import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import type { PollResult } from "@/lib/voting/tally.ts";

const count = (label: string) => blankable(wholeNumber(label, { min: 0, max: 999 }), null);

export const decisionSchema = z
  .object({
    agendaItemId: idOf("einen Tagesordnungspunkt"),
    text: cleanText("den Beschlusstext", { min: 5, max: 20_000 }),
    outcome: z.enum(["ADOPTED", "ADOPTED_AMENDED", "REJECTED", "DEFERRED"], {
      error: "Bitte wählen Sie das Ergebnis.",
    }),
    yesCount: count("die Ja-Stimmen"),
    noCount: count("die Nein-Stimmen"),
    abstainCount: count("die Enthaltungen"),
    fieldOfActionId: blankable(idOf("ein Handlungsfeld"), null),
    reason: cleanText("die Begründung", { max: 5000 }),
  })
  .superRefine((value, ctx) => {
    const given = [value.yesCount, value.noCount, value.abstainCount].filter((c) => c !== null).length;
    if (given > 0 && given < 3)
      ctx.addIssue({
        code: "custom",
        path: ["yesCount"],
        message: "Bitte geben Sie Ja, Nein und Enthaltungen vollständig an – oder keines davon.",
      });
    if (value.outcome === "REJECTED" && value.reason.length === 0)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Bitte begründen Sie die Ablehnung." });
  });

/**
 * Records the Beschluss on a decision TOP. Numbered per region and year ("2026/007");
 * the numbering is serialised with a transaction-level advisory lock. If the TOP had a
 * yes/no poll, its frozen counts are taken and the outcome must agree with its result.
 */
export async function recordDecision(actor: Actor, input: unknown) {
  authorize(actor, "decisions.write");
  const data = parseInput(decisionSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const item = await tx.agendaItem.findUnique({
      where: { regionId_id: { regionId, id: data.agendaItemId } },
      include: { meeting: true },
    });
    if (!item || item.deletedAt || item.meeting.deletedAt) throw new NotFoundError();
    if (item.kind !== "DECISION")
      throw new ConflictError("Beschlüsse werden zu Tagesordnungspunkten der Art „Beschluss“ erfasst.");
    if (
      data.fieldOfActionId &&
      !(await tx.fieldOfAction.findUnique({ where: { regionId_id: { regionId, id: data.fieldOfActionId } } }))
    ) {
      throw new ValidationError({ fieldOfActionId: ["Bitte wählen Sie ein Handlungsfeld dieser Region."] });
    }
    // A closed yes/no poll on this TOP decides the counts (and which outcomes are possible).
    const poll = await tx.poll.findFirst({
      where: { regionId, agendaItemId: item.id, method: "YES_NO_ABSTAIN", status: { not: "DRAFT" } },
      orderBy: { createdAt: "desc" },
    });
    if (poll?.status === "OPEN")
      throw new ConflictError(
        "Die Abstimmung zu diesem Tagesordnungspunkt läuft noch. Bitte schließen Sie sie zuerst.",
      );
    const counted = poll ? (poll.result as unknown as Extract<PollResult, { method: "YES_NO_ABSTAIN" }>) : null;
    if (counted) {
      const adoptedOutcome = data.outcome === "ADOPTED" || data.outcome === "ADOPTED_AMENDED";
      if (counted.adopted !== adoptedOutcome || data.outcome === "DEFERRED") {
        throw new ValidationError({
          outcome: [
            `Die Abstimmung „${poll!.title}“ hat ergeben: ${counted.statement} Bitte wählen Sie ${counted.adopted ? "„angenommen“ oder „geändert angenommen“" : "„abgelehnt“"}.`,
          ],
        });
      }
    }
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
    const year = item.meeting.startsAt.getUTCFullYear();
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`decision-number:${regionId}:${year}`}))`;
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
        yesCount: counted ? counted.yes : data.yesCount,
        noCount: counted ? counted.no : data.noCount,
        abstainCount: counted ? counted.abstain : data.abstainCount,
        pollId: poll?.id ?? null,
        decidedOn: new Date(Date.UTC(year, item.meeting.startsAt.getUTCMonth(), item.meeting.startsAt.getUTCDate())),
        isPublic: item.isPublic && item.meeting.isPublic,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "decision.recorded",
      entityType: "Decision",
      entityId: decision.id,
      details: { number: decision.number, outcome: data.outcome },
    });
    return decision;
  });
}
