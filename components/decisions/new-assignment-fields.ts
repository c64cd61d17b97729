import type { FieldSpec } from "@/components/forms/action-form";

/**
 * The fields of "Auftrag erteilen" (from a decision or from a work-programme priority): the hidden
 * link to what the assignment follows from, then title, description, owner, due date and the
 * confirmation a due date in the past needs.
 */
export function newAssignmentFields(
  source: { name: "decisionId" | "programmeItemId"; value: string },
  people: { id: string; label: string }[],
  dueHint?: string,
): FieldSpec[] {
  return [
    { kind: "hidden", name: source.name, value: source.value },
    { kind: "text", name: "title", label: "Auftrag", required: true },
    { kind: "textarea", name: "description", label: "Beschreibung", rows: 2 },
    {
      kind: "select",
      name: "ownerId",
      label: "Verantwortlich",
      options: people.map((p) => ({ value: p.id, label: p.label })),
      placeholder: "— noch offen —",
    },
    { kind: "date", name: "dueOn", label: "Frist", ...(dueHint ? { hint: dueHint } : {}) },
    {
      kind: "checkbox",
      name: "confirmPastDue",
      label: "Datum in der Vergangenheit bestätigen (der Auftrag ist dann sofort überfällig)",
    },
  ];
}
