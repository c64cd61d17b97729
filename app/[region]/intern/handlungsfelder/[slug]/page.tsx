import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { TrafficLight } from "@/components/recommendations/traffic-light";
import { updateFieldOfActionAction } from "../actions";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { getFieldOfActionOverview } from "@/lib/fields-of-action/field-of-action";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/recommendations/labels";
import { OFFER_KIND_LABEL, OFFER_STATUS_LABEL } from "@/lib/offers/labels";
import { requireRegion } from "@/lib/tenancy/require-region";

export const metadata: Metadata = { title: "Handlungsfeld" };

export default async function FieldOfActionPage({ params }: { params: Promise<{ region: string; slug: string }> }) {
  const { region, slug } = await params;
  const context = await requireRegion(region, "intern.view", `/${region}/intern/handlungsfelder/${slug}`);
  const { field, recommendations, decisions, assignments, offers } = await orNotFound(
    getFieldOfActionOverview(context.actor, slug),
  );
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${region}/intern/handlungsfelder`}>Alle Handlungsfelder</TextLink> ·{" "}
        <TextAnchor href={`/${region}/handlungsfelder/${field.slug}`}>Öffentliche Seite</TextAnchor>
      </p>
      <PageTitle className="mt-1">Handlungsfeld: {field.name}</PageTitle>
      {field.description && <p className="mt-2 max-w-3xl">{field.description}</p>}
      <section aria-labelledby="ziele" className="mt-6">
        <SectionHeading id="ziele">Ziele</SectionHeading>
        <p className="mt-1 max-w-3xl whitespace-pre-line wrap-anywhere">
          {field.goals || "Für dieses Handlungsfeld sind noch keine Ziele eingetragen."}
        </p>
        {field.workingGroups.length > 0 && (
          <p className="mt-2">Arbeitskreise: {field.workingGroups.map((g) => g.name).join(", ")}</p>
        )}
        {context.can("fields.manage") && (
          <details className="mt-3 max-w-2xl">
            <DisclosureSummary>Beschreibung und Ziele bearbeiten</DisclosureSummary>
            <ActionForm
              id="handlungsfeld-texte"
              className="mt-2"
              action={updateFieldOfActionAction.bind(null, region)}
              submitLabel="Speichern"
              fields={[
                { kind: "hidden", name: "fieldOfActionId", value: field.id },
                {
                  kind: "textarea",
                  name: "description",
                  label: "Kurzbeschreibung",
                  rows: 2,
                  defaultValue: field.description,
                },
                {
                  kind: "textarea",
                  name: "goals",
                  label: "Ziele",
                  hint: "Erscheinen auch auf der öffentlichen Seite des Handlungsfelds.",
                  rows: 6,
                  defaultValue: field.goals,
                },
              ]}
            />
          </details>
        )}
      </section>
      <section aria-labelledby="empfehlungen" className="mt-6">
        <SectionHeading id="empfehlungen">Empfehlungen der Bildungskonferenz</SectionHeading>
        {recommendations.length === 0 ? (
          <p className="mt-1">Keine.</p>
        ) : (
          <ul className="mt-1 list-disc pl-6">
            {recommendations.map((r) => (
              <li key={r.id}>
                <TextLink href={`/${region}/intern/empfehlungen/${r.id}`}>{r.title}</TextLink> (
                {RECOMMENDATION_STATUS_LABEL[r.status]}, {berlinDate.format(r.createdAt)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="beschluesse" className="mt-6">
        <SectionHeading id="beschluesse">Beschlüsse</SectionHeading>
        {decisions.length === 0 ? (
          <p className="mt-1">Keine.</p>
        ) : (
          <ul className="mt-1 list-disc pl-6">
            {decisions.map((d) => (
              <li key={d.id}>
                <TextLink href={`/${region}/intern/auftraege/beschluesse/${d.id}`}>Beschluss {d.number}</TextLink>:{" "}
                {OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]} ({d.bodyName}, {berlinDate.format(d.decidedOn)}
                )
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="auftraege" className="mt-6">
        <SectionHeading id="auftraege">Aufträge</SectionHeading>
        {assignments.length === 0 ? (
          <p className="mt-1">Keine.</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {assignments.map((a) => (
              <li key={a.id}>
                <TrafficLight light={a.light} />{" "}
                <TextLink href={`/${region}/intern/auftraege/${a.id}`}>{a.title}</TextLink>
                {a.dueOn && <span className="text-sm text-muted"> · Frist {berlinDate.format(a.dueOn)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="angebote" className="mt-6">
        <SectionHeading id="angebote">Projekte und Angebote</SectionHeading>
        {offers.length === 0 ? (
          <p className="mt-1">Keine.</p>
        ) : (
          <ul className="mt-1 list-disc pl-6">
            {offers.map((o) => (
              <li key={o.id}>
                {OFFER_KIND_LABEL[o.kind]}: <TextLink href={`/${region}/intern/angebote/${o.id}`}>{o.title}</TextLink> (
                {OFFER_STATUS_LABEL[o.status]})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
