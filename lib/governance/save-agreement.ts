import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import {
  blankable,
  calendarDate,
  checkbox,
  cleanText,
  optionalCalendarDate,
  wholeNumber,
} from "@/lib/core/validation/text.ts";
import { currentAgreement } from "./load-composition.ts";

const posts = (label: string) =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(",", "."))
    .refine((v) => /^\d{1,2}(\.\d{1,2})?$/.test(v), {
      error: `${label}: Bitte geben Sie eine Zahl wie 1 oder 1,5 ein.`,
    })
    .transform(Number);

export const agreementSchema = z
  .object({
    signedOn: calendarDate("das Datum der Unterzeichnung"),
    parties: cleanText("die Vertragsparteien", { min: 1, max: 1000 }),
    isOpenEnded: checkbox,
    endsOn: optionalCalendarDate("das Vertragsende"),
    landPosts: posts("Stellen des Landes"),
    communalPosts: posts("Stellen der Kommune"),
    supplements: cleanText("die Ergänzungen", { max: 20_000 }),
    /** Ladungsfrist in days; left out, the stored one (or 14) stays. */
    noticePeriodDays: blankable(wholeNumber("die Ladungsfrist", { min: 0, max: 90 }), undefined),
  })
  .superRefine((value, ctx) => {
    if (!value.isOpenEnded && !value.endsOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "Bitte geben Sie das Vertragsende an, oder kreuzen Sie „unbefristet“ an.",
      });
    if (value.endsOn && value.endsOn <= value.signedOn)
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "Das Vertragsende muss nach der Unterzeichnung liegen.",
      });
  });

/** Records or updates the region's Kooperationsvertrag. */
export async function saveAgreement(actor: Actor, input: unknown) {
  authorize(actor, "agreement.manage");
  const data = parseInput(agreementSchema, input);
  const values = { ...data, endsOn: data.isOpenEnded ? null : data.endsOn };
  return withRegion(actor.regionId, async (tx) => {
    const existing = await currentAgreement(tx, actor.regionId);
    const agreement = existing
      ? await tx.cooperationAgreement.update({
          where: { regionId_id: { regionId: actor.regionId, id: existing.id } },
          data: values,
        })
      : await tx.cooperationAgreement.create({ data: { ...values, regionId: actor.regionId } });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: existing ? "agreement.updated" : "agreement.created",
      entityType: "CooperationAgreement",
      entityId: agreement.id,
      details: {
        signedOn: data.signedOn.toISOString().slice(0, 10),
        isOpenEnded: data.isOpenEnded,
        noticePeriodDays: agreement.noticePeriodDays,
      },
    });
    return agreement;
  });
}
