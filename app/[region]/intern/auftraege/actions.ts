"use server";

import { createAssignment, updateAssignment } from "@/lib/decisions/assignments";
import { correctDecision } from "@/lib/decisions/correct-decision";
import { editAssignment } from "@/lib/decisions/edit-assignment";
import { regionAction } from "@/lib/core/forms/region-action";

export const createAssignmentAction = regionAction("assignments.write", async ({ actor, input }) => {
  const assignment = await createAssignment(actor, input);
  return { message: `Der Auftrag „${assignment.title}“ ist erteilt.` };
});

export const updateAssignmentAction = regionAction("assignments.write", async ({ actor, input }) => {
  const assignment = await updateAssignment(actor, input);
  return { message: `„${assignment.title}“ ist jetzt ${assignment.statusLabel}.` };
});

export const editAssignmentAction = regionAction("assignments.write", async ({ actor, input }) => {
  const { assignment, changes } = await editAssignment(actor, input);
  return {
    message:
      changes.length === 0
        ? `Am Auftrag „${assignment.title}“ hat sich nichts geändert.`
        : `Der Auftrag „${assignment.title}“ ist gespeichert (geändert: ${changes.map((c) => c.field).join(", ")}).`,
  };
});

export const correctDecisionAction = regionAction("decisions.write", async ({ actor, input }) => {
  const decision = await correctDecision(actor, input);
  return { message: `Beschluss ${decision.number} ist berichtigt; die frühere Fassung steht im Verlauf.` };
});
