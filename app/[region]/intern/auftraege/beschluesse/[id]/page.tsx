import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChainView } from "@/components/recommendations/chain-view";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { getChain } from "@/lib/recommendations/get-chain";
import { requireRegion } from "@/lib/tenancy/require-region";

export const metadata: Metadata = { title: "Beschluss" };

export default async function DecisionPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern/auftraege/beschluesse/${id}`);
  const chain = await orNotFound(getChain(context.actor, { kind: "decision", id }));
  const d = chain.decisions.find((x) => x.id === id);
  if (!d) notFound();
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/auftraege`}>Beschlüsse und Aufträge</TextLink>
      </p>
      <PageTitle className="mt-1">
        Beschluss {d.number}: {OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]}
      </PageTitle>
      <p className="mt-1 text-muted">
        {d.bodyName}, {berlinDate.format(d.decidedOn)}
        {d.meeting && (
          <>
            {" "}
            · <TextLink href={`/${slug}/intern/sitzungen/${d.meeting.id}`}>{d.meeting.title}</TextLink>
          </>
        )}
      </p>
      <p className="mt-4 max-w-3xl whitespace-pre-line">{d.text}</p>
      {d.reason && <p className="mt-2 max-w-3xl">Begründung: {d.reason}</p>}
      <ChainView chain={chain} slug={slug} />
    </>
  );
}
