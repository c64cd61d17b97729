import { cache } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { listAmendableDecisions } from "@/lib/decisions/amendments";
import { AMENDMENT_KIND_LABEL, OUTCOME_LABEL } from "@/lib/decisions/labels";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { requireRegion } from "@/lib/tenancy/require-region";
import { recordDecisionAction } from "../../actions";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;
type AgendaItem = MeetingData["agenda"][number];

/** Earlier decisions a new one may amend or lift; read once per page, however many TOPs. */
const amendable = cache(async (slug: string) => {
  const { actor } = await requireRegion(slug, "decisions.write");
  return listAmendableDecisions(actor);
});

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)} …` : text);

/**
 * Records the decision on a TOP — one per TOP, so the form is gone once it is recorded (it is
 * corrected on the decision's page). The votes of a closed yes/no poll are taken over; typed
 * counts must equal them. An Änderungs- or Aufhebungsbeschluss names the earlier decision.
 */
export async function DecisionForm({
  slug,
  item,
  fieldsOfAction,
}: {
  slug: string;
  item: Pick<AgendaItem, "id" | "number" | "polls" | "decisions">;
  fieldsOfAction: MeetingData["fieldsOfAction"];
}) {
  if (item.decisions.length > 0) return null;
  const earlier = await amendable(slug);
  return (
    <details className="mt-2">
      <DisclosureSummary small>Beschluss zu {item.number} erfassen</DisclosureSummary>
      {item.polls.some((p) => p.method === "YES_NO_ABSTAIN" && (p.status === "CLOSED" || p.status === "PUBLISHED")) && (
        <p className="mt-2 text-sm">
          Die Stimmen werden aus der geschlossenen Abstimmung übernommen; lassen Sie die Felder leer oder tragen Sie
          dieselben Zahlen ein.
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
          {
            kind: "number",
            name: "yesCount",
            label: "Ja-Stimmen",
            min: 0,
            max: 999,
            hint: "Ja, Nein und Enthaltungen zusammen höchstens so viele wie stimmberechtigte Sitze vertreten sind.",
          },
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
          ...(earlier.length > 0
            ? ([
                {
                  kind: "select",
                  name: "amendmentKind",
                  label: "Bezug auf einen früheren Beschluss",
                  hint: "Nach der Genehmigung des Protokolls ändert sich ein Beschluss nur durch einen neuen Beschluss.",
                  options: Object.entries(AMENDMENT_KIND_LABEL).map(([value, label]) => ({ value, label })),
                  placeholder: "— kein Bezug —",
                },
                {
                  kind: "select",
                  name: "amendsId",
                  label: "Früherer Beschluss",
                  options: earlier.map((d) => ({ value: d.id, label: `Beschluss ${d.number}: ${excerpt(d.text)}` })),
                  placeholder: "— keiner —",
                },
              ] as const)
            : []),
        ]}
      />
    </details>
  );
}
