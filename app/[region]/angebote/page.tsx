import type { Metadata } from "next";
import Link from "next/link";
import { OfferResults, OfferSearchForm } from "@/components/offers/offer-search";
import { offerQueryParams, parseOfferQuery, searchFacets, searchOffers } from "@/lib/offers/search-offers";
import { publicRead } from "@/lib/public-cache/public-read";
import { requirePublicRegion } from "@/lib/tenancy/require-region";

type Props = { params: Promise<{ region: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await requirePublicRegion((await params).region);
  return { title: `Bildungsangebote – ${region.name}` };
}

/** The region's offer search: filters combined with AND, relevance or date order, 20 per page. */
export default async function OffersPage({ params, searchParams }: Props) {
  const region = await requirePublicRegion((await params).region);
  const { query, notes } = parseOfferQuery(await searchParams);
  query.region = null;
  const [{ hits, total, capped, pages }, { fields, localities }] = await Promise.all([
    // repeated searches come from the cache until the region's public content changes
    publicRead(region, `search:${offerQueryParams(query)}`, () => searchOffers({ regionId: region.id }, query)),
    publicRead(region, "facets", () => searchFacets({ regionId: region.id })),
  ]);
  const base = `/${region.slug}/angebote`;
  return (
    <>
      <p className="text-sm"><Link href={`/${region.slug}`} className="text-brand-700 underline">Bildungsnetzwerk {region.name}</Link></p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">Bildungsangebote</h1>
      <OfferSearchForm base={base} query={query} fields={fields} localities={localities} placeLabel={region.kind === "KREISFREIE_STADT" ? "Quartier / Stadtbezirk" : "Kommune"} />
      <OfferResults base={base} query={query} notes={notes} hits={hits} total={total} capped={capped} pages={pages} />
      <p className="mt-8 text-sm"><Link href="/angebote" className="text-brand-700 underline">In ganz Nordrhein-Westfalen suchen</Link></p>
    </>
  );
}
