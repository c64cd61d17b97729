import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { getPublicFieldOfAction } from "@/lib/fields-of-action/field-of-action";
import { OFFER_KIND_LABEL } from "@/lib/offers/labels";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { param, regionPage, type PageContext } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

function load(region: RegionSummary, context: PageContext) {
  const slug = param(context, "slug");
  return publicRead(region, `field:${slug}`, () => getPublicFieldOfAction(region.id, slug));
}
export const getServerSideProps = regionPage(load);

type Data = NonNullable<Awaited<ReturnType<typeof load>>> & { region: RegionSummary };

export default publicView<Data>(function PublicFieldOfActionPage({
  user,
  region,
  field,
  recommendations,
  decisions,
  offers,
  offerCount,
}) {
  return (
    <PublicFrame
      user={user}
      head={{
        title: `${field.name} – ${region.name}`,
        description: (field.description || field.goals).slice(0, 160) || undefined,
      }}
      region={region}
    >
      <p className="text-sm">
        <TextLink href={`/${region.slug}`}>Bildungsnetzwerk {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">Handlungsfeld: {field.name}</PageTitle>
      {field.description && <p className="mt-2 max-w-3xl">{field.description}</p>}
      <section aria-labelledby="ziele" className="mt-6">
        <SectionHeading id="ziele">Ziele</SectionHeading>
        <p className="mt-1 max-w-3xl whitespace-pre-line wrap-anywhere">
          {field.goals || "Die Ziele für dieses Handlungsfeld werden derzeit erarbeitet."}
        </p>
      </section>
      <section aria-labelledby="angebote" className="mt-6">
        <SectionHeading id="angebote">Angebote</SectionHeading>
        {offers.length === 0 ? (
          <p className="mt-1">Derzeit sind keine Angebote veröffentlicht.</p>
        ) : (
          <>
            <ul className="mt-1 list-disc pl-6">
              {offers.map((o) => (
                <li key={o.id}>
                  <TextLink href={`/${region.slug}/angebote/${o.id}`}>{o.title}</TextLink> ({OFFER_KIND_LABEL[o.kind]})
                  {o.summary && <span className="block text-sm">{o.summary}</span>}
                </li>
              ))}
            </ul>
            <p className="mt-2">
              <TextLink href={`/${region.slug}/angebote?feld=${field.slug}`}>
                Alle {offerCount} Angebote in diesem Handlungsfeld durchsuchen
              </TextLink>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="empfehlungen" className="mt-6">
        <SectionHeading id="empfehlungen">Empfehlungen der Bildungskonferenz</SectionHeading>
        {recommendations.length === 0 ? (
          <p className="mt-1">Noch keine.</p>
        ) : (
          <ul className="mt-1 space-y-3">
            {recommendations.map((r) => (
              <li key={r.id}>
                <strong>{r.title}</strong>{" "}
                <span className="text-sm text-muted">
                  ({berlinDate.format(r.createdAt)}
                  {r.forum ? `, ${r.forum}` : ""})
                </span>
                <p className="whitespace-pre-line wrap-anywhere">{r.text}</p>
                {decisions
                  .filter((d) => d.recommendationId === r.id)
                  .map((d) => (
                    <p key={d.id} className="text-sm">
                      Daraus: <TextAnchor href={`#beschluss-${d.id}`}>Beschluss {d.number}</TextAnchor> (
                      {OUTCOME_LABEL[d.outcome]})
                    </p>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="beschluesse" className="mt-6">
        <SectionHeading id="beschluesse">Beschlüsse des Lenkungskreises</SectionHeading>
        {decisions.length === 0 ? (
          <p className="mt-1">Noch keine öffentlichen Beschlüsse.</p>
        ) : (
          <ul className="mt-1 space-y-3">
            {decisions.map((d) => (
              <li key={d.id} id={`beschluss-${d.id}`}>
                <strong>
                  Beschluss {d.number}: {OUTCOME_LABEL[d.outcome]}
                </strong>{" "}
                <span className="text-sm text-muted">
                  ({d.body.name}, {berlinDate.format(d.decidedOn)})
                </span>
                <p className="whitespace-pre-line wrap-anywhere">{d.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-8">
        <TextAnchor href={`/${region.slug}/termine.ics?handlungsfeld=${field.slug}`}>
          Termine dieses Handlungsfelds abonnieren (iCalendar)
        </TextAnchor>
      </p>
    </PublicFrame>
  );
});
