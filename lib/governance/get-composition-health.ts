import "@/lib/core/server-only.ts";
import { mapOneByOne, type Tx } from "@/lib/core/db/client.ts";
import { sortBodies } from "@/lib/regions/sort-bodies.ts";
import { loadBodyComposition } from "./load-composition.ts";

/** The composition check of every body of a region, for the dashboard. */
export async function getCompositionHealth(tx: Tx, regionId: string) {
  const bodies = await tx.body.findMany({
    where: { regionId },
    select: { id: true, slug: true, name: true, kind: true },
  });
  return mapOneByOne(sortBodies(bodies), async (body) => {
    const { rules, report } = await loadBodyComposition(tx, regionId, body.id);
    return { ...body, hasRules: rules.length > 0, isComplete: report.isComplete, issues: report.issues };
  });
}
