import { OfferResults, OfferSearchForm } from "@/components/offers/offer-search";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { offerQueryParams, parseOfferQuery } from "@/lib/offers/offer-query";
import { searchFacets, searchOffers } from "@/lib/offers/search-offers";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { regionPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The region's offer search: filters combined with AND, relevance or date order, 20 per page. */
export const getServerSideProps = regionPage(async (region, context) => {
  const { query, notes } = parseOfferQuery(context.query);
  query.region = null;
  const [result, { fields, localities }] = await Promise.all([
    // repeated searches come from the cache until the region's public content changes
    publicRead(region, `search:${offerQueryParams(query)}`, () => searchOffers({ regionId: region.id }, query)),
    publicRead(region, "facets", () => searchFacets({ regionId: region.id })),
  ]);
  return { query, notes, result, fields, localities };
});

type Data = {
  region: RegionSummary;
  query: ReturnType<typeof parseOfferQuery>["query"];
  notes: string[];
  result: Awaited<ReturnType<typeof searchOffers>>;
  fields: Awaited<ReturnType<typeof searchFacets>>["fields"];
  localities: Awaited<ReturnType<typeof searchFacets>>["localities"];
};

export default publicView<Data>(function OffersPage({
  user,
  region,
  query,
  notes,
  result: { hits, total, capped, pages },
  fields,
  localities,
}) {
  const base = `/${region.slug}/angebote`;
  return (
    <PublicFrame user={user} head={{ title: `Bildungsangebote – ${region.name}` }} region={region}>
      <p className="text-sm">
        <TextLink href={`/${region.slug}`}>Bildungsnetzwerk {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">Bildungsangebote</PageTitle>
      <OfferSearchForm
        base={base}
        query={query}
        fields={fields}
        localities={localities}
        placeLabel={region.kind === "KREISFREIE_STADT" ? "Quartier / Stadtbezirk" : "Kommune"}
      />
      <OfferResults base={base} query={query} notes={notes} hits={hits} total={total} capped={capped} pages={pages} />
      <p className="mt-8 text-sm">
        <TextLink href="/angebote">In ganz Nordrhein-Westfalen suchen</TextLink>
      </p>
    </PublicFrame>
  );
});
