import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrafficLight } from "@/components/recommendations/traffic-light";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { buildConferenceReport, type ReportField } from "@/lib/recommendations/conference-report";
import { countOf } from "@/lib/recommendations/labels";
import { canSeeLoop } from "@/lib/recommendations/recommendations";
import { OFFER_KIND_LABEL } from "@/lib/offers/labels";
import { requireRegion } from "@/lib/tenancy/require-region";

export const metadata: Metadata = { title: "Bericht an die Bildungskonferenz" };

function Decisions({ decisions, slug }: { decisions: ReportField["decisions"]; slug: string }) {
  if (decisions.length === 0) return <p className="mt-1">Noch nicht entschieden.</p>;
  return (
    <ul className="mt-1 space-y-2">
      {decisions.map((d) => (
        <li key={d.id}>
          <TextLink href={`/${slug}/intern/auftraege/beschluesse/${d.id}`}>Beschluss {d.number}</TextLink> vom{" "}
          {berlinDate.format(d.decidedOn)}: <strong>{OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]}</strong>
          <p className="whitespace-pre-line wrap-anywhere">{d.text}</p>
          {d.reason && <p>Begründung: {d.reason}</p>}
          {d.assignments.length > 0 && (
            <ResponsiveTable
              variant="lined"
              dense
              caption={`Aufträge aus Beschluss ${d.number}`}
              hideCaption
              className="mt-2"
            >
              <thead>
                <tr>
                  <th scope="col">Auftrag</th>
                  <th scope="col">Stand</th>
                  <th scope="col">Frist</th>
                  <th scope="col">Daraus entstanden</th>
                </tr>
              </thead>
              <tbody>
                {d.assignments.map((a) => (
                  <tr key={a.id} data-testid="bericht-auftrag">
                    <th scope="row">
                      <TextLink href={`/${slug}/intern/auftraege/${a.id}`}>{a.title}</TextLink>
                    </th>
                    <td>
                      <TrafficLight light={a.light} />
                    </td>
                    <td>{a.dueOn ? berlinDate.format(a.dueOn) : "–"}</td>
                    <td>
                      {a.offers.length === 0
                        ? "–"
                        : a.offers.map((o, i) => (
                            <span key={o.id}>
                              {i > 0 && ", "}
                              {OFFER_KIND_LABEL[o.kind as keyof typeof OFFER_KIND_LABEL]}:{" "}
                              <TextLink href={`/${slug}/intern/angebote/${o.id}`}>{o.title}</TextLink>
                            </span>
                          ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ResponsiveTable>
          )}
        </li>
      ))}
    </ul>
  );
}

export default async function ConferenceReportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern/empfehlungen/bericht`);
  const { actor } = context;
  if (!canSeeLoop(actor)) notFound();
  const report = await buildConferenceReport(actor);
  const t = report.totals;
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/empfehlungen`}>Alle Empfehlungen</TextLink>
      </p>
      <PageTitle className="mt-1">Bericht an die Bildungskonferenz</PageTitle>
      <p className="mt-1">
        {report.regionName} ·{" "}
        {report.since ? (
          <>
            seit der letzten Bildungskonferenz „{report.since.title}“ am {berlinDate.format(report.since.date)}
          </>
        ) : (
          "seit Beginn der Aufzeichnung"
        )}{" "}
        · Stand {berlinDate.format(report.createdAt)}
      </p>
      <p className="mt-2">
        <TextAnchor strong href={`/${slug}/intern/empfehlungen/bericht.pdf`}>
          Bericht als PDF herunterladen
        </TextAnchor>
      </p>
      <section aria-labelledby="ueberblick" className="mt-6">
        <SectionHeading id="ueberblick">Überblick</SectionHeading>
        <ul className="mt-2 list-disc pl-6">
          <li>
            {countOf(t.recommendations, "Empfehlung", "Empfehlungen")},{" "}
            {countOf(t.decisions, "Beschluss", "Beschlüsse")}
          </li>
          <li>
            Aufträge: {t.done} erledigt, {t["on-track"]} im Plan, {t.overdue} überfällig
            {t.cancelled ? `, ${t.cancelled} entfallen` : ""}
          </li>
          <li>
            {t.offers === 1 ? "1 Projekt oder Angebot ist" : `${t.offers} Projekte und Angebote sind`} daraus entstanden
          </li>
        </ul>
      </section>
      {report.fields.map((field) => (
        <section key={field.id} aria-labelledby={`feld-${field.slug}`} className="mt-8">
          <SectionHeading id={`feld-${field.slug}`}>{field.name}</SectionHeading>
          {field.recommendations.length === 0 && field.decisions.length === 0 && (
            <p className="mt-1 text-muted">Keine Empfehlungen oder Beschlüsse in diesem Zeitraum.</p>
          )}
          {field.recommendations.map((r) => (
            <article
              key={r.id}
              aria-labelledby={`empfehlung-${r.id}`}
              className="mt-4 rounded border border-brand-100 p-4"
            >
              <SectionHeading level={3} id={`empfehlung-${r.id}`}>
                Empfehlung: <TextLink href={`/${slug}/intern/empfehlungen/${r.id}`}>{r.title}</TextLink>
              </SectionHeading>
              <p className="text-sm text-muted">
                eingebracht am {berlinDate.format(r.createdAt)}
                {r.forum ? ` · ${r.forum}` : ""}
                {r.hearings.map((h) => (
                  <span key={`${h.meeting.id}-${h.number}`}>
                    {" "}
                    · beraten: <TextLink href={`/${slug}/intern/sitzungen/${h.meeting.id}`}>{h.meeting.title}</TextLink>
                    , {h.number}
                  </span>
                ))}
              </p>
              <Decisions decisions={r.decisions} slug={slug} />
            </article>
          ))}
          {field.decisions.length > 0 && (
            <article aria-labelledby={`weitere-${field.slug}`} className="mt-4 rounded border border-brand-100 p-4">
              <SectionHeading level={3} id={`weitere-${field.slug}`}>
                Weitere Beschlüsse des Lenkungskreises
              </SectionHeading>
              <Decisions decisions={field.decisions} slug={slug} />
            </article>
          )}
        </section>
      ))}
    </>
  );
}
