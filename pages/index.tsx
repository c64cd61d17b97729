import { publicView, PublicFrame } from "@/components/public/public-page";
import { listRegionsByDistrict } from "@/lib/regions/list-regions-by-district";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { publicPage } from "@/lib/core/public-pages/page-props";
import { REGION_KIND_LABEL } from "@/lib/regions/labels";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = publicPage(async () => ({ districts: await listRegionsByDistrict() }));

type Data = { districts: Awaited<ReturnType<typeof listRegionsByDistrict>> };

export default publicView<Data>(function HomePage({ user, districts }) {
  return (
    <PublicFrame user={user} head={{ title: null }}>
      <PageTitle>Regionale Bildungsnetzwerke in Nordrhein-Westfalen</PageTitle>
      <p className="mt-4 max-w-3xl text-lg">
        In den Kreisen und kreisfreien Städten arbeiten Schulen, Kitas, Jugendhilfe, Wirtschaft und Kultur in
        Bildungsnetzwerken zusammen. Wählen Sie Ihre Bildungsregion, um ihre Gremien, Handlungsfelder und
        Ansprechpersonen zu finden.
      </p>
      <form
        method="get"
        action="/angebote"
        role="search"
        aria-label="Bildungsangebote in ganz NRW suchen"
        className="mt-6 flex max-w-2xl flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="nrw-suche" className="block font-semibold">
            Bildungsangebote in ganz NRW suchen
          </label>
          <input
            id="nrw-suche"
            type="search"
            name="q"
            className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
          />
        </div>
        <Button type="submit">Suchen</Button>
      </form>
      {districts.length === 0 ? (
        <p className="mt-8">Es sind noch keine Bildungsregionen eingerichtet.</p>
      ) : (
        <div className="mt-8 grid gap-8 sm:grid-cols-2">
          {districts.map((district) => (
            <section key={district.id} aria-labelledby={`bezirk-${district.slug}`}>
              <SectionHeading size="medium" id={`bezirk-${district.slug}`}>
                {district.name}
              </SectionHeading>
              <ul className="mt-3 space-y-2">
                {district.regions.map((region) => (
                  <li key={region.slug}>
                    <TextLink href={`/${region.slug}`} className="text-lg hover:text-brand-900">
                      {region.name}
                    </TextLink>{" "}
                    <span className="text-sm text-muted">({REGION_KIND_LABEL[region.kind]})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </PublicFrame>
  );
});
