import type { Metadata } from "next";
import { OfferResults, OfferSearchForm } from "@/components/offers/offer-search";
import { offerQueryParams, parseOfferQuery, searchFacets, searchOffers } from "@/lib/offers/search-offers";
import { portalRead } from "@/lib/public-cache/public-read";

export const metadata: Metadata = { title: "Bildungsangebote in Nordrhein-Westfalen" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The same search across all regions of NRW (read-only public catalogue), with a region filter. */
export default async function NrwOffersPage({ searchParams }: Props) {
  const { query, notes } = parseOfferQuery(await searchParams);
  query.locality = null;
  const [{ hits, total, capped, pages }, { fields, regions }] = await Promise.all([
    // the same search within ten seconds is answered from the cache
    portalRead(`search:${offerQueryParams(query)}`, 10_000, () => searchOffers({ regionId: null }, query)),
    portalRead("facets", 60_000, () => searchFacets({ regionId: null })),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Bildungsangebote in Nordrhein-Westfalen</h1>
      <p className="mt-2">Angebote aller Regionalen Bildungsnetzwerke, die hier veröffentlichen.</p>
      <OfferSearchForm base="/angebote" query={query} fields={fields} localities={[]} regions={regions} />
      <OfferResults base="/angebote" query={query} notes={notes} hits={hits} total={total} capped={capped} pages={pages} showRegion />
    </>
  );
}
