import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getDecision } from "@/lib/decisions/get-decision";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { correctDecisionAction } from "../../../actions";

type Decision = Awaited<ReturnType<typeof getDecision>>;

const count = (n: number | null) => (n === null ? "" : String(n));

/**
 * Berichtigung until the minutes are approved (wording, result, counts, with a reason); after
 * that only the hint that a new decision amends or lifts it.
 */
export function CorrectDecisionForm({ slug, decision: d }: { slug: string; decision: Decision }) {
  if (d.minutesApproved)
    return (
      <p className="mt-6 max-w-3xl" data-testid="decision-frozen">
        Das Protokoll der Sitzung ist genehmigt. Dieser Beschluss ändert sich nur noch durch einen neuen Beschluss, der
        ihn ändert oder aufhebt (Änderungs- oder Aufhebungsbeschluss in einer späteren Sitzung).
      </p>
    );
  if (!d.canCorrect) return null;
  return (
    <section aria-labelledby="berichtigen" className="mt-8 max-w-2xl">
      <SectionHeading size="medium" id="berichtigen">
        Beschluss berichtigen
      </SectionHeading>
      <p className="mt-1 text-sm">
        Bis zur Genehmigung des Protokolls kann das Bildungsbüro den Beschluss berichtigen. Die bisherige Fassung bleibt
        im Verlauf sichtbar.
      </p>
      <ActionForm
        id="beschluss-berichtigen"
        labelledBy="berichtigen"
        className="mt-3"
        action={correctDecisionAction.bind(null, slug)}
        submitLabel="Berichtigung speichern"
        fields={[
          { kind: "hidden", name: "decisionId", value: d.id },
          { kind: "textarea", name: "text", label: "Beschlusstext", required: true, rows: 4, defaultValue: d.text },
          {
            kind: "select",
            name: "outcome",
            label: "Ergebnis",
            required: true,
            defaultValue: d.outcome,
            options: Object.entries(OUTCOME_LABEL).map(([value, label]) => ({ value, label })),
          },
          { kind: "number", name: "yesCount", label: "Ja-Stimmen", min: 0, max: 999, defaultValue: count(d.yesCount) },
          { kind: "number", name: "noCount", label: "Nein-Stimmen", min: 0, max: 999, defaultValue: count(d.noCount) },
          {
            kind: "number",
            name: "abstainCount",
            label: "Enthaltungen",
            min: 0,
            max: 999,
            defaultValue: count(d.abstainCount),
          },
          { kind: "textarea", name: "reason", label: "Begründung", rows: 2, defaultValue: d.reason },
          {
            kind: "textarea",
            name: "correction",
            label: "Grund der Berichtigung",
            required: true,
            rows: 2,
            hint: "Zum Beispiel: Schreibfehler im Beschlusstext, falsch übertragene Stimmen.",
          },
        ]}
      />
    </section>
  );
}
