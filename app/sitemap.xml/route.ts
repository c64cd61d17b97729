import { sitemapIndex } from "@/lib/regions/sitemap";

export async function GET() {
  return new Response(await sitemapIndex(), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
