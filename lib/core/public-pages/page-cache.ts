import "@/lib/core/server-only.ts";
import type { ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";

/**
 * Whole pages for visitors, as sent: the HTML of a public page for a visitor without a
 * session depends only on its URL and on the data behind it, so it is kept under a key that
 * carries what the data depends on — the region's `publicVersion` (counted up by the database
 * with every public change; the process learns of it by NOTIFY, lib/regions/public-region.ts) or, for the portal's own
 * pages, a time slice. A change is therefore visible with the next request. The pages ship no
 * JavaScript, so no per-request nonce is baked into the HTML. Entries also expire after five
 * minutes (pages that depend on the clock: upcoming dates), like the data cache.
 */
const pages = new LRUCache<string, string>({
  max: 5_000,
  maxSize: 64_000_000,
  sizeCalculation: (html) => html.length || 1,
  ttl: 5 * 60_000,
});

const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
};

/** Sends the cached page; false if there is none. Next renders nothing once the response is sent. */
export function sendCachedPage(key: string, res: ServerResponse): boolean {
  const html = pages.get(key);
  if (html === undefined) return false;
  res.writeHead(200, { ...HTML_HEADERS, "X-Page-Cache": "hit" });
  res.end(html);
  return true;
}

/** Keeps the HTML Next writes to this response, if it answers 200. */
export function keepPage(key: string, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  const take = (chunk: unknown) => {
    if (typeof chunk === "string" || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    take(chunk);
    return write(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    take(chunk);
    if (res.statusCode === 200) pages.set(key, Buffer.concat(chunks).toString("utf8"));
    return end(chunk, ...rest);
  }) as typeof res.end;
}
