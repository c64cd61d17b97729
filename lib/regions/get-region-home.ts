import "@/lib/core/server-only.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { sortBodies } from "./sort-bodies.ts";

/** What the public home of a region shows: its bodies and Handlungsfelder. */
export async function getRegionHome(regionId: string) {
  return withRegion(regionId, async (tx) => {
    const [bodies, fieldsOfAction] = await oneByOne(
      () =>
        tx.body.findMany({
          where: { regionId },
          select: { id: true, slug: true, name: true, kind: true, description: true },
        }),
      () =>
        tx.fieldOfAction.findMany({
          where: { regionId },
          orderBy: [{ position: "asc" }, { name: "asc" }],
          select: { id: true, slug: true, name: true, description: true },
        }),
    );
    return { bodies: sortBodies(bodies), fieldsOfAction };
  });
}
