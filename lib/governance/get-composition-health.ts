import "server-only";
import type { Tx } from "@/lib/db/client.ts";
import { loadBodyComposition } from "./load-composition.ts";

/** The composition check of every body of a region, for the dashboard. */
export async function compositionHealth(tx: Tx, regionId: string) {
  const bodies = await tx.body.findMany({ where: { regionId }, select: { id: true, slug: true, name: true, kind: true } });
  const order = { STEERING: 0, CONFERENCE: 1, OFFICE: 2, WORKING_GROUP: 3 } as const;
  bodies.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, "de"));
  return Promise.all(
    bodies.map(async (body) => {
      const { rules, report } = await loadBodyComposition(tx, regionId, body.id);
      return { ...body, hasRules: rules.length > 0, isComplete: report.isComplete, issues: report.issues };
    }),
  );
}
