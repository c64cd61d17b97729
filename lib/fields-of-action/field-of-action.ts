import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { authorize } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, idOf } from "@/lib/core/validation/text.ts";
import { mapOneByOne, oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { loadChain, type ChainAssignment } from "../recommendations/get-chain.ts";
import { canSeeLoop } from "../recommendations/recommendations.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { isSlug } from "@/lib/core/validation/slug.ts";

const offerSelect = { id: true, title: true, kind: true, status: true, summary: true } as const;

/**
 * A Handlungsfeld for the people inside: its goals and everything linked to it — working
 * groups, recommendations, decisions, assignments (with traffic light), projects and offers.
 */
export async function getFieldOfActionOverview(actor: Actor, slug: string) {
  if (!canSeeLoop(actor) || !isSlug(slug)) throw new NotFoundError();
  const today = berlinToday();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const field = await tx.fieldOfAction.findUnique({
      where: { regionId_slug: { regionId, slug } },
      include: { workingGroups: { select: { id: true, name: true, slug: true } } },
    });
    if (!field) throw new NotFoundError();
    const [recommendations, decisions, programmeAssignments, offers] = await oneByOne(
      () =>
        tx.recommendation.findMany({
          where: { regionId, fieldOfActionId: field.id },
          orderBy: { createdAt: "desc" },
          select: { id: true, title: true, status: true, createdAt: true, forum: true },
        }),
      () =>
        tx.decision.findMany({
          where: { regionId, fieldOfActionId: field.id },
          orderBy: [{ decidedOn: "desc" }, { number: "desc" }],
          select: { id: true },
        }),
      () =>
        tx.assignment.findMany({
          where: { regionId, decisionId: null, programmeItem: { fieldOfActionId: field.id } },
          select: { id: true },
        }),
      () =>
        tx.offer.findMany({
          where: { regionId, deletedAt: null, fieldsOfAction: { some: { fieldOfActionId: field.id } } },
          orderBy: { updatedAt: "desc" },
          take: 100,
          select: offerSelect,
        }),
    );
    const decisionChains = await mapOneByOne(decisions, (d) =>
      loadChain(tx, regionId, { kind: "decision", id: d.id }, today),
    );
    const own = decisionChains.map((c) => c.decisions.find((d) => d.id === c.start.id)!);
    const assignments: ChainAssignment[] = [
      ...own.flatMap((d) => d.assignments),
      ...(
        await mapOneByOne(programmeAssignments, (a) => loadChain(tx, regionId, { kind: "assignment", id: a.id }, today))
      ).flatMap((c) => c.assignments),
    ];
    return { field, recommendations, decisions: own, assignments, offers };
  });
}

/**
 * A Handlungsfeld for visitors: goals, public recommendations of the Bildungskonferenz,
 * public decisions of the Lenkungskreis and published offers. Null for an unknown slug.
 */
export async function getPublicFieldOfAction(regionId: string, slug: string) {
  if (!isSlug(slug)) return null;
  return withRegion(regionId, async (tx) => {
    const field = await tx.fieldOfAction.findUnique({ where: { regionId_slug: { regionId, slug } } });
    if (!field) return null;
    const published = {
      regionId,
      status: "PUBLISHED" as const,
      deletedAt: null,
      fieldsOfAction: { some: { fieldOfActionId: field.id } },
    };
    const [recommendations, decisions, offers, offerCount] = await oneByOne(
      () =>
        tx.recommendation.findMany({
          where: { regionId, fieldOfActionId: field.id, isPublic: true },
          orderBy: { createdAt: "desc" },
          take: 50,
          select: { id: true, title: true, text: true, forum: true, createdAt: true, status: true },
        }),
      () =>
        tx.decision.findMany({
          where: { regionId, fieldOfActionId: field.id, isPublic: true },
          orderBy: [{ decidedOn: "desc" }, { number: "desc" }],
          take: 50,
          select: {
            id: true,
            number: true,
            text: true,
            outcome: true,
            decidedOn: true,
            recommendationId: true,
            body: { select: { name: true, slug: true } },
          },
        }),
      () => tx.offer.findMany({ where: published, orderBy: { publishedAt: "desc" }, take: 12, select: offerSelect }),
      () => tx.offer.count({ where: published }),
    );
    return { field, recommendations, decisions, offers, offerCount };
  });
}

const fieldTextSchema = z.object({
  fieldOfActionId: idOf("ein Handlungsfeld"),
  description: cleanText("die Beschreibung", { max: 2000 }),
  goals: cleanText("die Ziele", { max: 10_000 }),
});

/** The office writes a Handlungsfeld's description and goals (shown inside and on the public page). */
export async function updateFieldOfAction(actor: Actor, input: unknown) {
  authorize(actor, "fields.manage");
  const data = parseInput(fieldTextSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.fieldOfActionId } };
    if (!(await tx.fieldOfAction.findUnique({ where }))) throw new NotFoundError();
    const field = await tx.fieldOfAction.update({ where, data: { description: data.description, goals: data.goals } });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "field-of-action.updated",
      entityType: "FieldOfAction",
      entityId: field.id,
      details: { name: field.name },
    });
    return field;
  });
}
