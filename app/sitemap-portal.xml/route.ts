import { portalSitemap } from "@/lib/regions/sitemap";

export function GET() {
  return new Response(portalSitemap(), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
