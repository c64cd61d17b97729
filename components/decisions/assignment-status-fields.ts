import type { FieldSpec } from "@/components/forms/action-form";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/decisions/labels";

/** The fields of the "Stand ändern" form of an assignment (list, work programme, assignment page). */
export function assignmentStatusFields(assignment: { id: string; status: string }): FieldSpec[] {
  return [
    { kind: "hidden", name: "assignmentId", value: assignment.id },
    {
      kind: "select",
      name: "status",
      label: "Stand",
      required: true,
      defaultValue: assignment.status,
      options: Object.entries(ASSIGNMENT_STATUS_LABEL).map(([value, label]) => ({ value, label })),
    },
    { kind: "textarea", name: "note", label: "Fortschrittsnotiz", rows: 2 },
  ];
}
