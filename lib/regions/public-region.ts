import "@/lib/core/server-only.ts";
import { listen, type Subscription } from "@/lib/core/db/notifications.ts";
import { findRegionBySlug, type RegionSummary } from "./find-region-by-slug.ts";
import { isValidRegionSlug } from "./reserved-slugs.ts";

/**
 * The region of a public page (and with it the `publicVersion` its cached page is kept
 * under), kept in this process instead of asked of the database on every request: for a
 * kept page that query was the only work left.
 *
 * It stays right because the database names every changed region on the channel
 * "region_changed" once the change is committed (migration "region_change_notify"; the
 * version triggers change the region row, too), and the region is dropped here. Only while
 * that channel is live is anything kept; when the connection is lost everything is dropped
 * and each request asks the database again until it is back. A read that was under way when
 * a notification came is not kept. Entries are also renewed after a minute.
 *
 * Internal pages and route handlers that write keep asking the database (findRegionBySlug).
 */
const MAX_AGE_MS = 60_000;
const CHANNEL = "region_changed";

interface RegionCache {
  url: string;
  entries: Map<string, { region: RegionSummary; at: number }>;
  /** Counts every notification and reset: a read started before one is not kept. */
  generation: number;
  subscription: Subscription;
}

const globalForRegions = globalThis as unknown as { bildungsnetzPublicRegions?: RegionCache };

function regionCache(): RegionCache {
  const url = process.env.DATABASE_URL ?? "";
  const current = globalForRegions.bildungsnetzPublicRegions;
  if (current && current.url === url) return current;
  const cache: RegionCache = { url, entries: new Map(), generation: 0, subscription: { live: () => false } };
  cache.subscription = listen(CHANNEL, {
    message(regionId) {
      cache.generation++;
      if (regionId === "*") return cache.entries.clear();
      for (const [slug, entry] of cache.entries) if (entry.region.id === regionId) cache.entries.delete(slug);
    },
    reset() {
      cache.generation++;
      cache.entries.clear();
    },
  });
  globalForRegions.bildungsnetzPublicRegions = cache;
  return cache;
}

/** The region behind a slug for a public page, or null; see above. */
export async function findPublicRegion(slug: string): Promise<RegionSummary | null> {
  if (!isValidRegionSlug(slug)) return null;
  const cache = regionCache();
  if (cache.subscription.live()) {
    const kept = cache.entries.get(slug);
    if (kept && Date.now() - kept.at < MAX_AGE_MS) return kept.region;
  }
  const generation = cache.generation;
  const region = await findRegionBySlug(slug);
  if (region && cache.subscription.live() && generation === cache.generation)
    cache.entries.set(slug, { region, at: Date.now() });
  return region;
}

/** Whether regions are kept right now (the channel is live); for tests and diagnostics. */
export function keepsPublicRegions(): boolean {
  return regionCache().subscription.live();
}
