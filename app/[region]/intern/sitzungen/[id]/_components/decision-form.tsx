import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { recordDecisionAction } from "../../actions";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;
type AgendaItem = MeetingData["agenda"][number];

/** Records the decision on a TOP; the votes of a closed yes/no poll take the place of typed counts. */
export function DecisionForm({
  slug,
  item,
  fieldsOfAction,
}: {
  slug: string;
  item: Pick<AgendaItem, "id" | "number" | "polls">;
  fieldsOfAction: MeetingData["fieldsOfAction"];
}) {
  return (
    <details className="mt-2">
      <DisclosureSummary small>Beschluss zu {item.number} erfassen</DisclosureSummary>
      {item.polls.some((p) => p.method === "YES_NO_ABSTAIN" && (p.status === "CLOSED" || p.status === "PUBLISHED")) && (
        <p className="mt-2 text-sm">
          Die Stimmen werden aus der geschlossenen Abstimmung übernommen; eingetragene Zahlen werden nicht verwendet.
        </p>
      )}
      <ActionForm
        id={`beschluss-${item.id}`}
        className="mt-2 max-w-2xl"
        action={recordDecisionAction.bind(null, slug)}
        submitLabel="Beschluss speichern"
        resetOnSuccess
        fields={[
          { kind: "hidden", name: "agendaItemId", value: item.id },
          { kind: "textarea", name: "text", label: "Beschlusstext", required: true, rows: 4 },
          {
            kind: "select",
            name: "outcome",
            label: "Ergebnis",
            required: true,
            options: Object.entries(OUTCOME_LABEL).map(([value, label]) => ({ value, label })),
            placeholder: "Bitte wählen",
          },
          { kind: "number", name: "yesCount", label: "Ja-Stimmen", min: 0, max: 999 },
          { kind: "number", name: "noCount", label: "Nein-Stimmen", min: 0, max: 999 },
          { kind: "number", name: "abstainCount", label: "Enthaltungen", min: 0, max: 999 },
          {
            kind: "select",
            name: "fieldOfActionId",
            label: "Handlungsfeld",
            options: fieldsOfAction.map((f) => ({ value: f.id, label: f.name })),
            placeholder: "— keines —",
          },
          {
            kind: "textarea",
            name: "reason",
            label: "Begründung",
            hint: "Bei Ablehnung erforderlich.",
            rows: 2,
          },
        ]}
      />
    </details>
  );
}
