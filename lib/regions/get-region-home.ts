import "server-only";
import { withRegion } from "@/lib/db/client.ts";

const BODY_ORDER = { STEERING: 0, CONFERENCE: 1, OFFICE: 2, WORKING_GROUP: 3 } as const;

/** What the public home of a region shows: its bodies and Handlungsfelder. */
export async function getRegionHome(regionId: string) {
  return withRegion(regionId, async (tx) => {
    const [bodies, fieldsOfAction] = await Promise.all([
      tx.body.findMany({ where: { regionId }, select: { id: true, slug: true, name: true, kind: true, description: true } }),
      tx.fieldOfAction.findMany({ where: { regionId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true, description: true } }),
    ]);
    bodies.sort((a, b) => BODY_ORDER[a.kind] - BODY_ORDER[b.kind] || a.name.localeCompare(b.name, "de"));
    return { bodies, fieldsOfAction };
  });
}
