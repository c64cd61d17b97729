import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, calendarDate, checkbox, idOf, optionalCalendarDate } from "@/lib/core/validation/text.ts";
import { isSitting, refusalForNewSeat } from "./check-composition.ts";
import { loadBodyComposition, personName } from "./load-composition.ts";

export const membershipSchema = z
  .object({
    bodyId: idOf("ein Gremium"),
    personId: idOf("eine Person"),
    seatCategoryId: idOf("eine Sitzkategorie"),
    function: z.enum(["CHAIR", "VICE_CHAIR", "MEMBER", "ADVISORY"], { error: "Bitte wählen Sie eine Funktion." }),
    hasVote: checkbox,
    startsOn: calendarDate("den Beginn"),
    endsOn: optionalCalendarDate("das Ende der Amtszeit"),
    deputyOfId: blankable(idOf("ein Mitglied"), null),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn && value.endsOn <= value.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Das Ende der Amtszeit muss nach dem Beginn liegen." });
  });

/**
 * Seats a person in a body. Refused when the seat rule's maximum is reached (naming the
 * rule); allowed with a warning when vacancies remain. The seat rule row is locked so two
 * office workers cannot both fill the last seat.
 */
export async function addMembership(actor: Actor, input: unknown) {
  authorize(actor, "memberships.manage");
  const data = parseInput(membershipSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const [body, person, category] = await oneByOne(
      () => tx.body.findUnique({ where: { regionId_id: { regionId, id: data.bodyId } } }),
      () => tx.person.findUnique({ where: { regionId_id: { regionId, id: data.personId } } }),
      () => tx.seatCategory.findUnique({ where: { regionId_id: { regionId, id: data.seatCategoryId } } }),
    );
    if (!body || !person || !category) throw new NotFoundError();

    await tx.$queryRaw`SELECT 1 FROM "SeatRule" WHERE "regionId" = ${regionId}::uuid AND "bodyId" = ${body.id}::uuid AND "seatCategoryId" = ${category.id}::uuid FOR UPDATE`;
    const now = new Date();
    const { rules, memberships } = await loadBodyComposition(tx, regionId, body.id, now);
    const rule = rules.find((r) => r.seatCategoryId === category.id);

    if (
      memberships.some(
        (m) => m.personId === person.id && isSitting(m, now) && m.deputyOfId === null && data.deputyOfId === null,
      )
    ) {
      throw new ConflictError(`${personName(person)} ist bereits Mitglied in diesem Gremium.`);
    }
    if (data.deputyOfId) {
      const principal = memberships.find((m) => m.id === data.deputyOfId);
      if (!principal || !isSitting(principal, now) || principal.deputyOfId !== null) {
        throw new ValidationError({
          deputyOfId: ["Stellvertretung ist nur für ein amtierendes ordentliches Mitglied dieses Gremiums möglich."],
        });
      }
      if (principal.personId === person.id)
        throw new ValidationError({ deputyOfId: ["Eine Person kann nicht sich selbst vertreten."] });
    } else {
      const filled = memberships.filter(
        (m) => m.seatCategoryId === category.id && m.deputyOfId === null && isSitting(m, now),
      ).length;
      const refusal = refusalForNewSeat(rule, filled);
      if (refusal) throw new ConflictError(refusal);
    }
    if (rule && (!rule.hasVote || rule.isAdvisory) && data.hasVote) {
      throw new ValidationError({
        hasVote: [`Auf Sitzen der Kategorie „${category.name}“ gibt es nach dem Vertrag kein Stimmrecht.`],
      });
    }

    const membership = await tx.membership.create({
      data: {
        regionId,
        bodyId: body.id,
        personId: person.id,
        seatCategoryId: category.id,
        function: data.function,
        hasVote: data.hasVote,
        startsOn: data.startsOn,
        endsOn: data.endsOn,
        deputyOfId: data.deputyOfId,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "membership.added",
      entityType: "Membership",
      entityId: membership.id,
      details: { body: body.name, person: personName(person), category: category.name, deputyOfId: data.deputyOfId },
    });

    const after = await loadBodyComposition(tx, regionId, body.id, now);
    const warnings = after.report.issues.filter((i) => i.kind === "VACANCY").map((i) => i.message);
    if (!rule) warnings.push(`Für die Sitzkategorie „${category.name}“ gibt es im Vertrag keine Sitzregel.`);
    return { membership, warnings, person, body };
  });
}

/** Ends a membership today; the row stays as history. Warns when a seat becomes vacant. */
export async function endMembership(actor: Actor, input: unknown) {
  authorize(actor, "memberships.manage");
  const { membershipId } = parseInput(z.object({ membershipId: idOf("eine Mitgliedschaft") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: membershipId } };
    const existing = await tx.membership.findUnique({
      where,
      include: { person: true, body: true, seatCategory: true },
    });
    if (!existing) throw new NotFoundError();
    if (existing.endedAt) throw new ConflictError("Diese Mitgliedschaft ist bereits beendet.");
    const membership = await tx.membership.update({ where, data: { endedAt: new Date() } });
    const audit = await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "membership.ended",
      entityType: "Membership",
      entityId: membership.id,
      details: { body: existing.body.name, person: personName(existing.person), category: existing.seatCategory.name },
    });
    const { report } = await loadBodyComposition(tx, regionId, existing.bodyId);
    return {
      membership,
      auditId: audit.id,
      person: existing.person,
      bodySlug: existing.body.slug,
      warnings: report.issues.filter((i) => i.kind === "VACANCY").map((i) => i.message),
    };
  });
}
