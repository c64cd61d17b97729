import { OfferResults, OfferSearchForm } from "@/components/offers/offer-search";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { offerQueryParams, parseOfferQuery } from "@/lib/offers/offer-query";
import { searchFacets, searchOffers } from "@/lib/offers/search-offers";
import { PageTitle } from "@/components/ui/page-title";
import { publicPage } from "@/lib/core/public-pages/page-props";
import { portalRead } from "@/lib/core/public-cache/public-read";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The same search across all regions of NRW (read-only public catalogue), with a region filter. */
export const getServerSideProps = publicPage(async (context) => {
  const { query, notes } = parseOfferQuery(context.query);
  query.locality = null;
  const [result, { fields, regions }] = await Promise.all([
    // the same search within ten seconds is answered from the cache
    portalRead(`search:${offerQueryParams(query)}`, 10_000, () => searchOffers({ regionId: null }, query)),
    portalRead("facets", 60_000, () => searchFacets({ regionId: null })),
  ]);
  return { query, notes, result, fields, regions };
});

type Data = {
  query: ReturnType<typeof parseOfferQuery>["query"];
  notes: string[];
  result: Awaited<ReturnType<typeof searchOffers>>;
  fields: Awaited<ReturnType<typeof searchFacets>>["fields"];
  regions: NonNullable<Awaited<ReturnType<typeof searchFacets>>["regions"]>;
};

export default publicView<Data>(function NrwOffersPage({
  user,
  query,
  notes,
  result: { hits, total, capped, pages },
  fields,
  regions,
}) {
  return (
    <PublicFrame user={user} head={{ title: "Bildungsangebote in Nordrhein-Westfalen" }}>
      <PageTitle>Bildungsangebote in Nordrhein-Westfalen</PageTitle>
      <p className="mt-2">Angebote aller Regionalen Bildungsnetzwerke, die hier veröffentlichen.</p>
      <OfferSearchForm base="/angebote" query={query} fields={fields} localities={[]} regions={regions} />
      <OfferResults
        base="/angebote"
        query={query}
        notes={notes}
        hits={hits}
        total={total}
        capped={capped}
        pages={pages}
        showRegion
      />
    </PublicFrame>
  );
});
