import { ActionForm } from "@/components/forms/action-form";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { saveSeatRuleAction } from "../../actions";

type Overview = Awaited<ReturnType<typeof getAgreementOverview>>;

/** Adds a seat rule to a body, or changes the one of the chosen category. */
export function SeatRuleForm({
  slug,
  body,
  categories,
}: {
  slug: string;
  body: Pick<Overview["bodies"][number], "id" | "slug">;
  categories: Overview["categories"];
}) {
  return (
    <details className="mt-4 max-w-2xl rounded border border-brand-100 p-4">
      <summary className="cursor-pointer font-semibold text-brand-800">Sitzregel hinzufügen oder ändern</summary>
      <ActionForm
        id={`regel-${body.slug}`}
        className="mt-3"
        action={saveSeatRuleAction.bind(null, slug)}
        submitLabel="Sitzregel speichern"
        fields={[
          { kind: "hidden", name: "bodyId", value: body.id },
          {
            kind: "select",
            name: "seatCategoryId",
            label: "Sitzkategorie",
            required: true,
            options: categories.map((c) => ({ value: c.id, label: c.name })),
            placeholder: "Bitte wählen",
          },
          {
            kind: "number",
            name: "minSeats",
            label: "Mindestens",
            required: true,
            defaultValue: "0",
            min: 0,
            max: 99,
          },
          {
            kind: "number",
            name: "maxSeats",
            label: "Höchstens",
            hint: "Leer lassen für „beliebig viele“.",
            min: 0,
            max: 99,
          },
          { kind: "checkbox", name: "hasVote", label: "mit Stimmrecht", defaultChecked: true },
          { kind: "checkbox", name: "isAdvisory", label: "beratender Sitz (Gäste je nach Thema, ohne Stimme)" },
        ]}
      />
    </details>
  );
}
