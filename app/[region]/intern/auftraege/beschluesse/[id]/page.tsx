import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChainView } from "@/components/recommendations/chain-view";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getDecision } from "@/lib/decisions/get-decision";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { getChain } from "@/lib/recommendations/get-chain";
import { requireRegion } from "@/lib/tenancy/require-region";
import { CorrectDecisionForm } from "./_components/correct-decision-form";
import { DecisionHistory } from "./_components/decision-history";
import { DecisionLinks } from "./_components/decision-links";

export const metadata: Metadata = { title: "Beschluss" };

export default async function DecisionPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern/auftraege/beschluesse/${id}`);
  const chain = await orNotFound(getChain(context.actor, { kind: "decision", id }));
  const decision = await orNotFound(getDecision(context.actor, id));
  const d = chain.decisions.find((x) => x.id === id);
  if (!d) notFound();
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/auftraege`}>Beschlüsse und Aufträge</TextLink>
      </p>
      <PageTitle className="mt-1">
        Beschluss {d.number}: {OUTCOME_LABEL[decision.outcome]}
        {decision.liftedBy && " (aufgehoben)"}
      </PageTitle>
      <p className="mt-1 text-muted">
        {d.bodyName}, {berlinDate.format(d.decidedOn)}
        {d.meeting && (
          <>
            {" "}
            · <TextLink href={`/${slug}/intern/sitzungen/${d.meeting.id}`}>{d.meeting.title}</TextLink>
          </>
        )}
        {decision.agendaItem && <> · {decision.agendaItem.number}</>}
        {decision.fieldOfAction && <> · {decision.fieldOfAction.name}</>}
      </p>
      {decision.yesCount !== null && (
        <p className="mt-2" data-testid="decision-counts">
          Ja {decision.yesCount}, Nein {decision.noCount}, Enthaltung {decision.abstainCount}
        </p>
      )}
      <DecisionLinks slug={slug} decision={decision} />
      <p className="mt-4 max-w-3xl whitespace-pre-line wrap-anywhere" data-testid="decision-text">
        {decision.text}
      </p>
      {decision.reason && <p className="mt-2 max-w-3xl">Begründung: {decision.reason}</p>}
      <CorrectDecisionForm slug={slug} decision={decision} />
      <DecisionHistory decision={decision} />
      <ChainView chain={chain} slug={slug} />
    </>
  );
}
