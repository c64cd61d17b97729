import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getAssignment } from "@/lib/decisions/assignments";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/decisions/labels";
import { editAssignmentAction } from "../../actions";

type Assignment = Awaited<ReturnType<typeof getAssignment>>;

/** Title, description, owner, due date and status of an assignment; every change goes into its history. */
export function EditAssignmentForm({ slug, assignment: a }: { slug: string; assignment: Assignment }) {
  return (
    <section aria-labelledby="bearbeiten" className="mt-8 max-w-xl">
      <SectionHeading size="medium" id="bearbeiten">
        Auftrag bearbeiten
      </SectionHeading>
      <ActionForm
        id="auftrag-bearbeiten"
        labelledBy="bearbeiten"
        className="mt-3"
        action={editAssignmentAction.bind(null, slug)}
        submitLabel="Änderungen speichern"
        fields={[
          { kind: "hidden", name: "assignmentId", value: a.id },
          { kind: "text", name: "title", label: "Auftrag", required: true, defaultValue: a.title },
          { kind: "textarea", name: "description", label: "Beschreibung", rows: 3, defaultValue: a.description },
          {
            kind: "select",
            name: "ownerId",
            label: "Verantwortlich",
            defaultValue: a.ownerId ?? "",
            options: a.people.map((p) => ({ value: p.id, label: p.label })),
            placeholder: "— noch offen —",
          },
          {
            kind: "date",
            name: "dueOn",
            label: "Frist",
            defaultValue: a.dueOn ? a.dueOn.toISOString().slice(0, 10) : "",
            hint: a.decision ? `Nicht vor dem Beschluss ${a.decision.number}.` : undefined,
          },
          {
            kind: "checkbox",
            name: "confirmPastDue",
            label: "Datum in der Vergangenheit bestätigen (der Auftrag ist dann sofort überfällig)",
          },
          {
            kind: "select",
            name: "status",
            label: "Stand",
            required: true,
            defaultValue: a.status,
            options: Object.entries(ASSIGNMENT_STATUS_LABEL).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
    </section>
  );
}
