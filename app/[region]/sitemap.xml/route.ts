import { findPublicRegion } from "@/lib/regions/public-region";
import { regionSitemap } from "@/lib/regions/sitemap";
import { publicRead } from "@/lib/core/public-cache/public-read";

export async function GET(_: Request, { params }: { params: Promise<{ region: string }> }) {
  const region = await findPublicRegion((await params).region);
  if (!region) return new Response("Nicht gefunden", { status: 404 });
  return new Response(await publicRead(region, "sitemap", () => regionSitemap(region)), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
