import "@/lib/core/server-only.ts";
import { withoutRegion } from "@/lib/core/db/client.ts";

const collator = new Intl.Collator("de", { sensitivity: "base" });

/** All regions, grouped by Regierungsbezirk, both sorted the German way. */
export async function listRegionsByDistrict() {
  const districts = await withoutRegion((tx) =>
    tx.governmentDistrict.findMany({
      select: { id: true, name: true, slug: true, regions: { select: { slug: true, name: true, kind: true } } },
    }),
  );
  return districts
    .filter((district) => district.regions.length > 0)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((district) => ({ ...district, regions: district.regions.sort((a, b) => collator.compare(a.name, b.name)) }));
}
