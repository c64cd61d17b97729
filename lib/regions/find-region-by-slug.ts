import "@/lib/core/server-only.ts";
import { cache } from "react";
import { readGlobal, type Prisma } from "@/lib/core/db/client.ts";
import { isValidRegionSlug } from "./reserved-slugs.ts";

export type RegionSummary = Prisma.RegionGetPayload<{
  include: { governmentDistrict: { select: { name: true; slug: true } } };
}>;

/**
 * The region behind a URL slug, or null. Cached per request. Every public page asks this
 * (the region's `publicVersion` keys the public cache), so it is one plain statement.
 */
export const findRegionBySlug = cache(async (slug: string): Promise<RegionSummary | null> => {
  if (!isValidRegionSlug(slug)) return null;
  const rows = await readGlobal(
    (client) =>
      client.$queryRaw<RegionSummary[]>`
      SELECT r.id::text, r.slug, r.name, r.kind::text AS kind, r."governmentDistrictId"::text, r.about, r."contactName",
             r."contactEmail", r."contactPhone", r."contactAddress", r.website, r."publicVersion", r."updatedAt", r."createdAt",
             json_build_object('name', d.name, 'slug', d.slug) AS "governmentDistrict"
        FROM "Region" r JOIN "GovernmentDistrict" d ON d.id = r."governmentDistrictId"
       WHERE r.slug = ${slug}`,
  );
  return rows[0] ?? null;
});
