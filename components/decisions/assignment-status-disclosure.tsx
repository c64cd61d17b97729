import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { assignmentStatusFields } from "./assignment-status-fields";

type Action = Parameters<typeof ActionForm>[0]["action"];

/** "Stand von „…“ ändern": the folded status form of one assignment (decision list, work programme). */
export function AssignmentStatusDisclosure({
  assignment,
  action,
  className,
}: {
  assignment: { id: string; title: string; status: string };
  action: Action;
  className: string;
}) {
  return (
    <details className={className}>
      <DisclosureSummary small>Stand von „{assignment.title}“ ändern</DisclosureSummary>
      <ActionForm
        id={`auftrag-${assignment.id}`}
        className="mt-2 max-w-xl"
        action={action}
        submitLabel="Stand speichern"
        fields={assignmentStatusFields(assignment)}
      />
    </details>
  );
}
