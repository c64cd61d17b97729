import { publicView, PublicFrame } from "@/components/public/public-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { regionPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";
import { getRegionHome } from "@/lib/regions/get-region-home";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = regionPage(async (region) => ({
  home: await publicRead(region, "home", () => getRegionHome(region.id)),
}));

type Data = { region: RegionSummary; home: Awaited<ReturnType<typeof getRegionHome>> };

export default publicView<Data>(function RegionHomePage({ user, region, home: { bodies, fieldsOfAction } }) {
  return (
    <PublicFrame
      user={user}
      head={{ title: `Bildungsnetzwerk ${region.name}`, description: region.about.slice(0, 160) }}
      region={region}
    >
      <p className="text-sm text-muted">{region.governmentDistrict.name}</p>
      <PageTitle>Bildungsnetzwerk {region.name}</PageTitle>
      {region.about && <p className="mt-4 max-w-3xl text-lg">{region.about}</p>}
      <p className="mt-4">
        <TextLink strong href={`/${region.slug}/angebote`}>
          Bildungsangebote suchen
        </TextLink>
      </p>
      <p className="mt-2">
        <TextLink strong href={`/${region.slug}/termine`}>
          Termine: öffentliche Sitzungen
        </TextLink>
      </p>

      <section aria-labelledby="gremien" className="mt-10">
        <SectionHeading id="gremien">Gremien</SectionHeading>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {bodies.map((body) => (
            <li key={body.id} className="rounded border border-brand-100 bg-brand-50 p-4">
              <SectionHeading level={3}>
                <TextLink href={`/${region.slug}/gremien/${body.slug}`} className="hover:text-brand-900">
                  {body.name}
                </TextLink>
              </SectionHeading>
              {body.description && <p className="mt-2 text-sm">{body.description}</p>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="handlungsfelder" className="mt-10">
        <SectionHeading id="handlungsfelder">Handlungsfelder</SectionHeading>
        {fieldsOfAction.length === 0 ? (
          <p className="mt-4">Für diese Region sind noch keine Handlungsfelder eingetragen.</p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {fieldsOfAction.map((field) => (
              <li key={field.id}>
                <h3 className="font-semibold">
                  <TextLink href={`/${region.slug}/handlungsfelder/${field.slug}`}>{field.name}</TextLink>
                </h3>
                {field.description && <p className="text-sm text-muted">{field.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="kontakt" className="mt-10">
        <SectionHeading id="kontakt">Kontakt</SectionHeading>
        <address className="mt-4 not-italic leading-relaxed">
          {region.contactName && <strong className="block">{region.contactName}</strong>}
          {region.contactAddress && <span className="block">{region.contactAddress}</span>}
          {region.contactPhone && <span className="block">Telefon: {region.contactPhone}</span>}
          {region.contactEmail && (
            <span className="block">
              E-Mail: <TextAnchor href={`mailto:${region.contactEmail}`}>{region.contactEmail}</TextAnchor>
            </span>
          )}
          {region.website && (
            <span className="block">
              Website:{" "}
              <TextAnchor href={region.website} rel="noopener">
                {region.website.replace(/^https?:\/\//, "")}
              </TextAnchor>
            </span>
          )}
        </address>
      </section>
    </PublicFrame>
  );
});
