import "server-only";
import { cache } from "react";
import { withoutRegion } from "@/lib/db/client.ts";
import { isValidRegionSlug } from "./reserved-slugs.ts";

export type RegionSummary = NonNullable<Awaited<ReturnType<typeof findRegionBySlug>>>;

/** The region behind a URL slug, or null. Cached per request. */
export const findRegionBySlug = cache(async (slug: string) => {
  if (!isValidRegionSlug(slug)) return null;
  return withoutRegion((tx) =>
    tx.region.findUnique({
      where: { slug },
      include: { governmentDistrict: { select: { name: true, slug: true } } },
    }),
  );
});
