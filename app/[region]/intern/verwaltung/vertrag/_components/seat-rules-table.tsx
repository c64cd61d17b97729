import { ActionForm } from "@/components/forms/action-form";
import { describeRule } from "@/lib/governance/check-composition";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { deleteSeatRuleAction } from "../../actions";

type SeatRule = Awaited<ReturnType<typeof getAgreementOverview>>["bodies"][number]["rules"][number];

export function SeatRulesTable({ slug, bodyName, rules }: { slug: string; bodyName: string; rules: SeatRule[] }) {
  return (
    <table className="mt-3 w-full max-w-3xl text-left text-sm">
      <caption className="sr-only">Sitzregeln des Gremiums {bodyName}</caption>
      <thead>
        <tr className="border-b">
          <th scope="col" className="py-1">
            Sitzkategorie
          </th>
          <th scope="col">Regel</th>
          <th scope="col">Stimmrecht</th>
          <th scope="col">
            <span className="sr-only">Aktion</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id} className="border-b border-gray-200 align-top">
            <th scope="row" className="py-2 font-normal">
              {rule.categoryName}
            </th>
            <td className="py-2">{describeRule(rule)}</td>
            <td className="py-2">{rule.isAdvisory ? "beratend" : rule.hasVote ? "ja" : "nein"}</td>
            <td className="py-2">
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
    </table>
  );
}
