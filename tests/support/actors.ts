import { loadRegionAccess } from "../../lib/tenancy/region-access.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";

/** The actor a page would build for this user in this region. */
export async function actorFor(regionId: string, userId: string): Promise<Actor> {
  const access = await loadRegionAccess(regionId, userId);
  return { regionId, userId, can: access.can };
}
