import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { requireAgreement } from "./load-composition.ts";

const schema = z
  .object({
    bodyId: idOf("ein Gremium"),
    kind: z.enum(["MORE_THAN_HALF", "AT_LEAST_HALF", "FRACTION"], {
      error: "Bitte wählen Sie eine Regel für die Beschlussfähigkeit.",
    }),
    numerator: blankable(wholeNumber("den Zähler", { min: 1, max: 99 }), 1),
    denominator: blankable(wholeNumber("den Nenner", { min: 1, max: 99 }), 2),
    deputiesCount: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.kind === "FRACTION" && value.numerator > value.denominator)
      ctx.addIssue({ code: "custom", path: ["numerator"], message: "Der Anteil darf nicht größer als 1 sein." });
  });

/** The rule that decides Beschlussfähigkeit of a body, stored with the contract. */
export async function saveQuorumRule(actor: Actor, input: unknown) {
  authorize(actor, "agreement.manage");
  const data = parseInput(schema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const body = await tx.body.findUnique({ where: { regionId_id: { regionId, id: data.bodyId } } });
    if (!body) throw new NotFoundError();
    const agreement = await requireAgreement(tx, regionId);
    const values = {
      kind: data.kind,
      numerator: data.kind === "FRACTION" ? data.numerator : 1,
      denominator: data.kind === "FRACTION" ? data.denominator : 2,
      deputiesCount: data.deputiesCount,
    };
    const rule = await tx.quorumRule.upsert({
      where: { regionId_agreementId_bodyId: { regionId, agreementId: agreement.id, bodyId: body.id } },
      create: { regionId, agreementId: agreement.id, bodyId: body.id, ...values },
      update: values,
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "quorum-rule.saved",
      entityType: "QuorumRule",
      entityId: rule.id,
      details: { body: body.name, ...values },
    });
    return rule;
  });
}
