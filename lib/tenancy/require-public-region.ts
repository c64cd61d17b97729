import "@/lib/core/server-only.ts";
import { notFound } from "next/navigation";
import { findRegionBySlug, type RegionSummary } from "@/lib/regions/find-region-by-slug.ts";

/** The public side of a region: 404 for an unknown slug. */
export async function requirePublicRegion(slug: string): Promise<RegionSummary> {
  const region = await findRegionBySlug(slug);
  if (!region) notFound();
  return region;
}
