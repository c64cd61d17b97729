import "@/lib/core/server-only.ts";
import { LRUCache } from "lru-cache";

/**
 * Cache of public reads, in this server process. An entry's key carries the region's
 * `publicVersion`, which the database counts up in the transaction of every change to what
 * public pages show (migration "public_version"); the region with its version comes from the
 * database, or from the process's copy that a NOTIFY drops at every commit
 * (lib/regions/public-region.ts), so a change is seen moments after its commit — no matter
 * which process wrote it. Entries also expire after five minutes, for reads that depend on the
 * clock ("upcoming dates") or on tables without a version trigger.
 *
 * Values are shared between requests: callers must not mutate what they get.
 */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 5_000;

interface CacheState {
  entries: LRUCache<string, { value: unknown }>;
  loading: Map<string, Promise<unknown>>;
}

const globalForCache = globalThis as unknown as { bildungsnetzPublicCache?: CacheState };
const state: CacheState = (globalForCache.bildungsnetzPublicCache ??= {
  entries: new LRUCache({ max: MAX_ENTRIES, ttl: TTL_MS }),
  loading: new Map(),
});

export interface VersionedRegion {
  id: string;
  publicVersion: number;
}

/** `load()` once per region version and key; concurrent misses share one load. */
export async function publicRead<T>(region: VersionedRegion, key: string, load: () => Promise<T>): Promise<T> {
  const cacheKey = `${region.id}:${region.publicVersion}:${key}`;
  const hit = state.entries.get(cacheKey);
  if (hit) return hit.value as T;
  let pending = state.loading.get(cacheKey) as Promise<T> | undefined;
  if (!pending) {
    pending = load()
      .then((value) => {
        state.entries.set(cacheKey, { value });
        return value;
      })
      .finally(() => state.loading.delete(cacheKey));
    state.loading.set(cacheKey, pending);
  }
  return pending;
}

/**
 * Reads of the portal as a whole (no region: the NRW-wide search and its form), kept for
 * `ttlMs`. They have no version to follow, so keep the time short where changes must show.
 */
export async function portalRead<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  return publicRead({ id: `portal-${ttlMs}`, publicVersion: Math.floor(Date.now() / ttlMs) }, key, load);
}
