import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf, optionalCalendarDate } from "@/lib/core/validation/text.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { ASSIGNMENT_STATUS_LABEL, isAdopted } from "./labels.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import { checkDueDate } from "./check-due-date.ts";
import { lockAssignment, recordAssignmentChanges } from "./assignment-history.ts";
import { decisionListWhere, liftedWhere, type DecisionFilters } from "./decision-filters.ts";

const createSchema = z.object({
  decisionId: blankable(idOf("einen Beschluss"), null),
  programmeItemId: blankable(idOf("einen Punkt des Arbeitsprogramms"), null),
  title: cleanText("den Auftrag", { min: 3, max: 300 }),
  description: cleanText("die Beschreibung", { max: 10_000 }),
  ownerId: blankable(idOf("eine verantwortliche Person"), null),
  dueOn: optionalCalendarDate("die Frist"),
  confirmPastDue: checkbox,
});

/**
 * An Arbeitsauftrag to the office that follows from an adopted decision, or from a priority
 * of the year's work programme.
 */
export async function createAssignment(actor: Actor, input: unknown) {
  authorize(actor, "assignments.write");
  const data = parseInput(createSchema, input);
  if (!data.decisionId === !data.programmeItemId) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    let source: string;
    let decidedOn: Date | null = null;
    if (data.decisionId) {
      const decision = await tx.decision.findUnique({
        where: { regionId_id: { regionId, id: data.decisionId } },
        include: { amendedBy: { where: liftedWhere.amendedBy.some, select: { number: true } } },
      });
      if (!decision) throw new NotFoundError();
      if (decision.outcome === "REJECTED" || decision.outcome === "DEFERRED")
        throw new ConflictError("Aus einem abgelehnten oder vertagten Beschluss folgt kein Auftrag.");
      if (decision.amendedBy.length > 0)
        throw new ConflictError(
          `Beschluss ${decision.number} ist durch Beschluss ${decision.amendedBy[0]!.number} aufgehoben; aus ihm folgt kein neuer Auftrag.`,
        );
      source = `Beschluss ${decision.number}`;
      decidedOn = decision.decidedOn;
    } else {
      const item = await tx.workProgrammeItem.findUnique({
        where: { regionId_id: { regionId, id: data.programmeItemId! } },
        include: { programme: true },
      });
      if (!item) throw new NotFoundError();
      source = `Arbeitsprogramm ${item.programme.year}, Priorität ${item.rank}`;
    }
    if (data.ownerId && !(await tx.person.findUnique({ where: { regionId_id: { regionId, id: data.ownerId } } }))) {
      throw new ValidationError({ ownerId: ["Bitte wählen Sie eine Person dieser Region."] });
    }
    const dueErrors = checkDueDate(data.dueOn, { decidedOn, today: berlinToday(), confirmed: data.confirmPastDue });
    if (dueErrors) throw new ValidationError(dueErrors);
    const assignment = await tx.assignment.create({
      data: {
        regionId,
        decisionId: data.decisionId,
        programmeItemId: data.programmeItemId,
        title: data.title,
        description: data.description,
        ownerId: data.ownerId,
        dueOn: data.dueOn,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "assignment.created",
      entityType: "Assignment",
      entityId: assignment.id,
      details: { source, title: data.title },
    });
    return assignment;
  });
}

const updateSchema = z.object({
  assignmentId: idOf("einen Auftrag"),
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "Bitte wählen Sie einen Stand." }),
  note: cleanText("die Notiz", { max: 5000 }),
});

/** Sets the status and appends a dated progress note (notes are never overwritten). */
export async function updateAssignment(actor: Actor, input: unknown) {
  authorize(actor, "assignments.write");
  const data = parseInput(updateSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.assignmentId } };
    await lockAssignment(tx, regionId, data.assignmentId);
    const existing = await tx.assignment.findUnique({ where });
    if (!existing) throw new NotFoundError();
    const author = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    const line = data.note ? `${dateFormat.format(new Date())}, ${author?.name ?? "unbekannt"}: ${data.note}` : "";
    const assignment = await tx.assignment.update({
      where,
      data: {
        status: data.status,
        progressNotes: line ? [existing.progressNotes, line].filter(Boolean).join("\n") : existing.progressNotes,
      },
    });
    if (existing.status !== data.status)
      await recordAssignmentChanges(tx, actor, existing.id, author?.name ?? "", [
        { field: "Stand", from: ASSIGNMENT_STATUS_LABEL[existing.status], to: ASSIGNMENT_STATUS_LABEL[data.status] },
      ]);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "assignment.updated",
      entityType: "Assignment",
      entityId: assignment.id,
      details: { from: existing.status, to: data.status, note: Boolean(line) },
    });
    return { ...assignment, statusLabel: ASSIGNMENT_STATUS_LABEL[data.status] };
  });
}

/**
 * Decisions and their assignments, for the office and the steering members, filtered by body,
 * Handlungsfeld, year, the decision's result, the assignments' status and owner. With a filter
 * on assignments only decisions with such assignments are listed, and only those assignments.
 */
export async function listDecisionsAndAssignments(actor: Actor, filters: DecisionFilters = {}) {
  if (!actor.can("assignments.read")) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const today = berlinToday();
    const { decisionWhere, assignmentWhere } = decisionListWhere(filters, today);
    const [decisions, people, bodies, fields, years] = await oneByOne(
      () =>
        tx.decision.findMany({
          where: { regionId, ...decisionWhere },
          orderBy: [{ decidedOn: "desc" }, { number: "desc" }],
          include: {
            body: { select: { name: true } },
            meeting: { select: { id: true, title: true } },
            fieldOfAction: { select: { name: true } },
            amends: { select: { id: true, number: true } },
            amendedBy: { select: { id: true, number: true, amendmentKind: true, outcome: true } },
            assignments: {
              where: assignmentWhere,
              orderBy: { createdAt: "asc" },
              include: { owner: { select: { givenName: true, familyName: true, title: true } } },
            },
          },
        }),
      () =>
        tx.person.findMany({
          where: { regionId },
          select: { id: true, givenName: true, familyName: true, title: true },
        }),
      () => tx.body.findMany({ where: { regionId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
      () =>
        tx.fieldOfAction.findMany({
          where: { regionId },
          select: { id: true, name: true },
          orderBy: [{ position: "asc" }, { name: "asc" }],
        }),
      () => tx.decision.findMany({ where: { regionId }, select: { decidedOn: true }, distinct: ["decidedOn"] }),
    );
    const collator = new Intl.Collator("de");
    return {
      decisions: decisions.map((d) => ({
        ...d,
        lifted: d.amendedBy.some((a) => a.amendmentKind === "REVOKES" && isAdopted(a.outcome)),
        assignments: d.assignments.map((a) => ({
          ...a,
          ownerName: a.owner ? personName(a.owner) : null,
          overdue: a.dueOn !== null && a.dueOn < today && a.status !== "DONE" && a.status !== "CANCELLED",
        })),
      })),
      people: people
        .sort((a, b) => collator.compare(a.familyName, b.familyName))
        .map((p) => ({ id: p.id, label: personName(p) })),
      bodies,
      fieldsOfAction: fields,
      years: [...new Set(years.map((y) => y.decidedOn.getUTCFullYear()))].sort((a, b) => b - a),
    };
  });
}

/** One assignment with its owner and the history of its changes (newest first), for its own page. */
export async function getAssignment(actor: Actor, assignmentId: string) {
  if (!actor.can("assignments.read") || !isUuid(assignmentId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const assignment = await tx.assignment.findUnique({
      where: { regionId_id: { regionId, id: assignmentId } },
      include: {
        owner: { select: { givenName: true, familyName: true, title: true } },
        decision: { select: { id: true, number: true, decidedOn: true } },
        changes: { orderBy: [{ createdAt: "desc" }, { id: "asc" }] },
      },
    });
    if (!assignment) throw new NotFoundError();
    const people = await tx.person.findMany({
      where: { regionId },
      select: { id: true, givenName: true, familyName: true, title: true },
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    });
    const today = berlinToday();
    return {
      ...assignment,
      ownerName: assignment.owner ? personName(assignment.owner) : null,
      overdue:
        assignment.dueOn !== null &&
        assignment.dueOn < today &&
        assignment.status !== "DONE" &&
        assignment.status !== "CANCELLED",
      people: people.map((p) => ({ id: p.id, label: personName(p) })),
    };
  });
}
