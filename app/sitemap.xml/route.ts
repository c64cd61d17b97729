import { sitemapIndex } from "@/lib/regions/sitemap";

// Read per request: regions created after the build must appear (a route handler without
// request data would otherwise be prerendered once at build time).
export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await sitemapIndex(), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
