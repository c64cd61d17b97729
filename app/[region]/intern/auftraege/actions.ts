"use server";

import { createAssignment, updateAssignment } from "@/lib/decisions/assignments";
import { regionAction } from "@/lib/core/forms/region-action";

export const createAssignmentAction = regionAction("assignments.write", async ({ actor, input }) => {
  const assignment = await createAssignment(actor, input);
  return { message: `Der Auftrag „${assignment.title}“ ist erteilt.` };
});

export const updateAssignmentAction = regionAction("assignments.write", async ({ actor, input }) => {
  const assignment = await updateAssignment(actor, input);
  return { message: `„${assignment.title}“ ist jetzt ${assignment.statusLabel}.` };
});
