import { ActionForm } from "@/components/forms/action-form";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { describeRule } from "@/lib/governance/check-composition";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { deleteSeatRuleAction } from "../../actions";

type SeatRule = Awaited<ReturnType<typeof getAgreementOverview>>["bodies"][number]["rules"][number];

export function SeatRulesTable({ slug, bodyName, rules }: { slug: string; bodyName: string; rules: SeatRule[] }) {
  return (
    <ResponsiveTable
      variant="rows"
      caption={`Sitzregeln des Gremiums ${bodyName}`}
      hideCaption
      className="mt-3 max-w-3xl"
    >
      <thead>
        <tr>
          <th scope="col">Sitzkategorie</th>
          <th scope="col">Regel</th>
          <th scope="col">Stimmrecht</th>
          <th scope="col">
            <span className="sr-only">Aktion</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id}>
            <th scope="row">{rule.categoryName}</th>
            <td>{describeRule(rule)}</td>
            <td>{rule.isAdvisory ? "beratend" : rule.hasVote ? "ja" : "nein"}</td>
            <td>
              <ActionForm
                id={`regel-loeschen-${rule.id}`}
                compact
                action={deleteSeatRuleAction.bind(null, slug)}
                submitLabel={`Regel „${rule.categoryName}“ jetzt entfernen`}
                confirm={{
                  summary: (
                    <>
                      Entfernen<span className="sr-only"> der Regel {rule.categoryName}</span> …
                    </>
                  ),
                  question: "Die Mitglieder behalten ihre Sitze; sie stehen dann ohne Regel.",
                }}
                fields={[{ kind: "hidden", name: "ruleId", value: rule.id }]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
