import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf, optionalCalendarDate } from "@/lib/core/validation/text.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { lockAssignment, recordAssignmentChanges, type AssignmentChangeEntry } from "./assignment-history.ts";
import { checkDueDate } from "./check-due-date.ts";
import { ASSIGNMENT_STATUS_LABEL } from "./labels.ts";

const editSchema = z.object({
  assignmentId: idOf("einen Auftrag"),
  title: cleanText("den Auftrag", { min: 3, max: 300 }),
  description: cleanText("die Beschreibung", { max: 10_000 }),
  ownerId: blankable(idOf("eine verantwortliche Person"), null),
  dueOn: optionalCalendarDate("die Frist"),
  confirmPastDue: checkbox,
  status: z.enum(["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"], { error: "Bitte wählen Sie einen Stand." }),
});

const day = (date: Date | null) => (date ? berlinDate.format(date) : "keine");

/**
 * Corrects an assignment: title, description, owner, due date and status. The due date may not
 * lie before the decision; a new due date in the past needs confirmation (the assignment is then
 * overdue at once). Every changed field goes into the visible history: who, when, old → new.
 */
export async function editAssignment(actor: Actor, input: unknown) {
  authorize(actor, "assignments.write");
  const data = parseInput(editSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.assignmentId } };
    await lockAssignment(tx, regionId, data.assignmentId);
    const existing = await tx.assignment.findUnique({
      where,
      include: { owner: true, decision: { select: { decidedOn: true } } },
    });
    if (!existing) throw new NotFoundError();
    const owner = data.ownerId
      ? await tx.person.findUnique({ where: { regionId_id: { regionId, id: data.ownerId } } })
      : null;
    if (data.ownerId && !owner) throw new ValidationError({ ownerId: ["Bitte wählen Sie eine Person dieser Region."] });
    const dueChanged = (existing.dueOn?.getTime() ?? null) !== (data.dueOn?.getTime() ?? null);
    if (dueChanged) {
      const dueErrors = checkDueDate(data.dueOn, {
        decidedOn: existing.decision?.decidedOn ?? null,
        today: berlinToday(),
        confirmed: data.confirmPastDue,
      });
      if (dueErrors) throw new ValidationError(dueErrors);
    }
    const changes: AssignmentChangeEntry[] = [];
    if (existing.title !== data.title) changes.push({ field: "Titel", from: existing.title, to: data.title });
    if (existing.description !== data.description)
      changes.push({ field: "Beschreibung", from: existing.description, to: data.description });
    if (existing.ownerId !== (owner?.id ?? null))
      changes.push({
        field: "Verantwortlich",
        from: existing.owner ? personName(existing.owner) : "noch offen",
        to: owner ? personName(owner) : "noch offen",
      });
    if (dueChanged) changes.push({ field: "Frist", from: day(existing.dueOn), to: day(data.dueOn) });
    if (existing.status !== data.status)
      changes.push({
        field: "Stand",
        from: ASSIGNMENT_STATUS_LABEL[existing.status],
        to: ASSIGNMENT_STATUS_LABEL[data.status],
      });
    if (changes.length === 0) return { assignment: existing, changes };
    const assignment = await tx.assignment.update({
      where,
      data: {
        title: data.title,
        description: data.description,
        ownerId: owner?.id ?? null,
        dueOn: data.dueOn,
        status: data.status,
      },
    });
    const author = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    await recordAssignmentChanges(tx, actor, assignment.id, author?.name ?? "", changes);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "assignment.edited",
      entityType: "Assignment",
      entityId: assignment.id,
      details: { changes: changes.map((c) => ({ ...c })) },
    });
    return { assignment, changes };
  });
}
