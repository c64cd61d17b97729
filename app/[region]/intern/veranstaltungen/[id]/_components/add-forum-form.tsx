import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { addForumAction } from "../../actions";

type FieldOfAction = Awaited<ReturnType<typeof getEventAdmin>>["fieldsOfAction"][number];

export function AddForumForm({
  slug,
  eventId,
  fieldsOfAction,
}: {
  slug: string;
  eventId: string;
  fieldsOfAction: FieldOfAction[];
}) {
  return (
    <details className="mt-3 max-w-2xl">
      <DisclosureSummary>Forum hinzufügen</DisclosureSummary>
      <ActionForm
        id="forum-neu"
        className="mt-2"
        action={addForumAction.bind(null, slug)}
        submitLabel="Forum hinzufügen"
        resetOnSuccess
        fields={[
          { kind: "hidden", name: "eventId", value: eventId },
          { kind: "text", name: "title", label: "Titel des Forums", required: true },
          {
            kind: "select",
            name: "fieldOfActionId",
            label: "Handlungsfeld",
            placeholder: "— keinem Handlungsfeld —",
            options: fieldsOfAction.map((f) => ({ value: f.id, label: f.name })),
          },
          { kind: "textarea", name: "description", label: "Beschreibung", rows: 2 },
        ]}
      />
    </details>
  );
}
