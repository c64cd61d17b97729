import { TextLink } from "@/components/ui/text-link";
import type { getDecision } from "@/lib/decisions/get-decision";
import { isAdopted, OUTCOME_LABEL } from "@/lib/decisions/labels";

type Decision = Awaited<ReturnType<typeof getDecision>>;

/** Änderungs-/Aufhebungsbeschlüsse in both directions: what this one amends or lifts, what amends or lifts it. */
export function DecisionLinks({ slug, decision: d }: { slug: string; decision: Decision }) {
  const href = (id: string) => `/${slug}/intern/auftraege/beschluesse/${id}`;
  if (!d.amends && d.amendedBy.length === 0) return null;
  return (
    <ul className="mt-3 max-w-3xl space-y-1" data-testid="decision-links">
      {d.amends && (
        <li>
          {d.amendmentKind === "REVOKES" ? "Hebt " : "Ändert "}
          <TextLink href={href(d.amends.id)}>Beschluss {d.amends.number}</TextLink>
          {d.amendmentKind === "REVOKES" ? " auf" : ""}
          {!isAdopted(d.outcome) && <> (nicht angenommen: {OUTCOME_LABEL[d.outcome]})</>}.
        </li>
      )}
      {d.amendedBy.map((a) => (
        <li key={a.id}>
          {isAdopted(a.outcome) ? (a.amendmentKind === "REVOKES" ? "Aufgehoben" : "Geändert") : "Antrag auf "}
          {!isAdopted(a.outcome) && (a.amendmentKind === "REVOKES" ? "Aufhebung" : "Änderung")}
          {isAdopted(a.outcome) ? " durch " : ": "}
          <TextLink href={href(a.id)}>Beschluss {a.number}</TextLink>
          {!isAdopted(a.outcome) && <> ({OUTCOME_LABEL[a.outcome]})</>}.
        </li>
      ))}
    </ul>
  );
}
