import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { describeRule } from "./check-composition.ts";
import { loadBodyComposition, requireAgreement } from "./load-composition.ts";

export const seatRuleSchema = z
  .object({
    bodyId: idOf("ein Gremium"),
    seatCategoryId: idOf("eine Sitzkategorie"),
    minSeats: wholeNumber("die Mindestzahl", { min: 0, max: 99 }),
    maxSeats: blankable(wholeNumber("die Höchstzahl", { min: 0, max: 99 }), null),
    hasVote: checkbox,
    isAdvisory: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.maxSeats !== null && value.maxSeats < value.minSeats)
      ctx.addIssue({
        code: "custom",
        path: ["maxSeats"],
        message: "Die Höchstzahl darf nicht kleiner sein als die Mindestzahl.",
      });
    if (value.isAdvisory && value.hasVote)
      ctx.addIssue({ code: "custom", path: ["hasVote"], message: "Beratende Sitze haben kein Stimmrecht." });
  });

/** Creates or changes the seat rule of one category in one body. A maximum below the seats already filled is refused. */
export async function saveSeatRule(actor: Actor, input: unknown) {
  authorize(actor, "agreement.manage");
  const data = parseInput(seatRuleSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const [body, category] = await oneByOne(
      () => tx.body.findUnique({ where: { regionId_id: { regionId, id: data.bodyId } } }),
      () => tx.seatCategory.findUnique({ where: { regionId_id: { regionId, id: data.seatCategoryId } } }),
    );
    if (!body || !category) throw new NotFoundError();
    const agreement = await requireAgreement(tx, regionId);
    const { report } = await loadBodyComposition(tx, regionId, body.id);
    const filled = report.categories.find((c) => c.seatCategoryId === category.id)?.filled ?? 0;
    if (data.maxSeats !== null && filled > data.maxSeats) {
      throw new ValidationError({
        maxSeats: [
          `Die Regel „${describeRule({ categoryName: category.name, minSeats: data.minSeats, maxSeats: data.maxSeats })}“ wäre schon jetzt überschritten: ${filled} Mitglieder sitzen auf diesen Sitzen. Beenden Sie zuerst Mitgliedschaften.`,
        ],
      });
    }
    const values = {
      minSeats: data.minSeats,
      maxSeats: data.maxSeats,
      hasVote: data.hasVote,
      isAdvisory: data.isAdvisory,
    };
    const rule = await tx.seatRule.upsert({
      where: {
        regionId_agreementId_bodyId_seatCategoryId: {
          regionId,
          agreementId: agreement.id,
          bodyId: body.id,
          seatCategoryId: category.id,
        },
      },
      create: { regionId, agreementId: agreement.id, bodyId: body.id, seatCategoryId: category.id, ...values },
      update: values,
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "seat-rule.saved",
      entityType: "SeatRule",
      entityId: rule.id,
      details: { body: body.name, category: category.name, ...values },
    });
    return { rule, category, body };
  });
}

/** Removes a seat rule (audited); the members keep their seats and are then flagged "ohne Regel". */
export async function deleteSeatRule(actor: Actor, input: unknown) {
  authorize(actor, "agreement.manage");
  const { ruleId } = parseInput(z.object({ ruleId: idOf("eine Sitzregel") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const rule = await tx.seatRule.findUnique({
      where: { regionId_id: { regionId: actor.regionId, id: ruleId } },
      include: { seatCategory: true, body: true },
    });
    if (!rule) throw new NotFoundError();
    await tx.seatRule.delete({ where: { regionId_id: { regionId: actor.regionId, id: ruleId } } });
    const audit = await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "seat-rule.deleted",
      entityType: "SeatRule",
      entityId: rule.id,
      details: {
        body: rule.body.name,
        category: rule.seatCategory.name,
        minSeats: rule.minSeats,
        maxSeats: rule.maxSeats,
      },
    });
    return { ...rule, auditId: audit.id };
  });
}
