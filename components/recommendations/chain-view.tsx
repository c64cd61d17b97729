import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/recommendations/labels";
import type { Chain, ChainAssignment, ChainOffer } from "@/lib/recommendations/get-chain";
import { OFFER_KIND_LABEL } from "@/lib/offers/labels";
import { TrafficLight } from "./traffic-light";

function Current({ here, children }: { here: boolean; children: React.ReactNode }) {
  return here ? (
    <strong aria-current="page">
      {children} <span className="font-normal">(diese Seite)</span>
    </strong>
  ) : (
    <>{children}</>
  );
}

/**
 * The whole path of a recommendation, decision, assignment or offer, as a nested list:
 * where it came from and what followed, each step a link (the current one marked).
 */
export function ChainView({ chain, slug }: { chain: Chain; slug: string }) {
  const here = (kind: Chain["start"]["kind"], id: string) => chain.start.kind === kind && chain.start.id === id;
  const offers = (list: ChainOffer[]) =>
    list.length > 0 && (
      <ul className="ml-5 mt-1 list-disc">
        {list.map((o) => (
          <li key={o.id}>
            {OFFER_KIND_LABEL[o.kind as keyof typeof OFFER_KIND_LABEL]}:{" "}
            <Current here={here("offer", o.id)}>
              <TextLink href={`/${slug}/intern/angebote/${o.id}`}>{o.title}</TextLink>
            </Current>
            {o.status !== "PUBLISHED" && <span className="text-sm text-muted"> (nicht veröffentlicht)</span>}
          </li>
        ))}
      </ul>
    );
  const assignments = (list: ChainAssignment[]) =>
    list.length > 0 && (
      <ul className="ml-5 mt-1 list-disc space-y-1">
        {list.map((a) => (
          <li key={a.id}>
            Auftrag:{" "}
            <Current here={here("assignment", a.id)}>
              <TextLink href={`/${slug}/intern/auftraege/${a.id}`}>{a.title}</TextLink>
            </Current>{" "}
            <TrafficLight light={a.light} />
            {a.dueOn && <span className="text-sm text-muted"> Frist {berlinDate.format(a.dueOn)}</span>}
            {a.source && <span className="text-sm text-muted"> · aus {a.source}</span>}
            {offers(a.offers)}
          </li>
        ))}
      </ul>
    );
  const empty = !chain.recommendation && chain.decisions.length === 0 && chain.assignments.length === 0;
  return (
    <section aria-labelledby="weg" className="mt-8 rounded border border-brand-100 p-4">
      <SectionHeading size="medium" id="weg">
        Weg dieses Vorgangs
      </SectionHeading>
      {empty ? (
        <p className="mt-2">
          Dieses Angebot ist keinem Auftrag und keinem Beschluss zugeordnet. Das Bildungsbüro kann es im Formular
          „Angaben“ mit einem Auftrag verknüpfen.
        </p>
      ) : (
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {chain.recommendation && (
            <li>
              Empfehlung der Bildungskonferenz:{" "}
              <Current here={here("recommendation", chain.recommendation.id)}>
                <TextLink href={`/${slug}/intern/empfehlungen/${chain.recommendation.id}`}>
                  {chain.recommendation.title}
                </TextLink>
              </Current>
              <span className="text-sm text-muted">
                {" "}
                ({chain.recommendation.fieldOfAction.name}
                {chain.recommendation.forum ? `, ${chain.recommendation.forum}` : ""}
                {chain.recommendation.event ? `, ${chain.recommendation.event.title}` : ""};{" "}
                {RECOMMENDATION_STATUS_LABEL[chain.recommendation.status as keyof typeof RECOMMENDATION_STATUS_LABEL]})
              </span>
            </li>
          )}
          {chain.hearings
            .filter((h) => !h.deleted)
            .map((h) => (
              <li key={h.agendaItemId}>
                Beraten im Lenkungskreis:{" "}
                <TextLink href={`/${slug}/intern/sitzungen/${h.meeting.id}`}>{h.meeting.title}</TextLink>, {h.number} (
                {berlinDate.format(h.meeting.startsAt)})
              </li>
            ))}
          {chain.decisions.map((d) => (
            <li key={d.id}>
              <Current here={here("decision", d.id)}>
                <TextLink href={`/${slug}/intern/auftraege/beschluesse/${d.id}`}>Beschluss {d.number}</TextLink>
              </Current>
              : {OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]} ({d.bodyName}, {berlinDate.format(d.decidedOn)}
              ){d.reason && <span className="block text-sm">Begründung: {d.reason}</span>}
              {assignments(d.assignments)}
              {offers(d.offers.filter((o) => !d.assignments.some((a) => a.offers.some((x) => x.id === o.id))))}
            </li>
          ))}
          {chain.assignments.length > 0 && <li>{assignments(chain.assignments)}</li>}
        </ol>
      )}
    </section>
  );
}
