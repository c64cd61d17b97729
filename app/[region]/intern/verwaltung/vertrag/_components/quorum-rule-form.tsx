import { ActionForm } from "@/components/forms/action-form";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { QUORUM_LABEL } from "@/lib/governance/labels";
import { saveQuorumRuleAction } from "../../actions";

type Body = Awaited<ReturnType<typeof getAgreementOverview>>["bodies"][number];

/** A body's Beschlussfähigkeit: the current rule in the summary, the form to change it. */
export function QuorumRuleForm({ slug, body }: { slug: string; body: Pick<Body, "id" | "slug" | "quorum"> }) {
  return (
    <details className="mt-3 max-w-2xl rounded border border-brand-100 p-4">
      <summary className="cursor-pointer font-semibold text-brand-800">
        Beschlussfähigkeit:{" "}
        {body.quorum
          ? QUORUM_LABEL[body.quorum.kind] +
            (body.quorum.kind === "FRACTION" ? ` (${body.quorum.numerator}/${body.quorum.denominator})` : "") +
            (body.quorum.deputiesCount ? ", Stellvertretungen zählen" : "")
          : "noch nicht festgelegt"}
      </summary>
      <ActionForm
        id={`quorum-${body.slug}`}
        className="mt-3"
        action={saveQuorumRuleAction.bind(null, slug)}
        submitLabel="Regel speichern"
        fields={[
          { kind: "hidden", name: "bodyId", value: body.id },
          {
            kind: "select",
            name: "kind",
            label: "Beschlussfähig, wenn",
            required: true,
            defaultValue: body.quorum?.kind ?? "MORE_THAN_HALF",
            options: Object.entries(QUORUM_LABEL).map(([value, label]) => ({ value, label })),
          },
          {
            kind: "number",
            name: "numerator",
            label: "Anteil: Zähler (nur bei festem Anteil)",
            defaultValue: String(body.quorum?.numerator ?? 1),
            min: 1,
            max: 99,
          },
          {
            kind: "number",
            name: "denominator",
            label: "Anteil: Nenner (nur bei festem Anteil)",
            defaultValue: String(body.quorum?.denominator ?? 2),
            min: 1,
            max: 99,
          },
          {
            kind: "checkbox",
            name: "deputiesCount",
            label: "Anwesende Stellvertretungen zählen für ihr Mitglied",
            defaultChecked: body.quorum?.deputiesCount ?? true,
          },
        ]}
      />
    </details>
  );
}
