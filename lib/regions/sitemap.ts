import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";
import { origin } from "@/lib/core/http/site-origin.ts";
import { LEGAL_PAGES } from "./legal-pages.ts";

const escapeXml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The sitemap index (sitemaps.org): the portal's own pages and one sitemap per region. */
export async function sitemapIndex(): Promise<string> {
  const regions = await withoutRegion((tx) => tx.region.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }));
  const entries = [`${origin()}/sitemap-portal.xml`, ...regions.map((r) => `${origin()}/${r.slug}/sitemap.xml`)];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join("\n")}\n</sitemapindex>\n`;
}

function urlset(urls: { loc: string; lastmod?: Date }[]): string {
  const body = urls
    .map(
      (u) =>
        `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** The portal's own public pages. */
export function portalSitemap(): string {
  return urlset(
    ["/", "/angebote", ...LEGAL_PAGES.map((p) => `/${p.path}`)].map((path) => ({ loc: `${origin()}${path}` })),
  );
}

/** A region's public pages: home, search, dates, bodies, legal pages, Handlungsfelder, upcoming events and every published offer. */
export async function regionSitemap(region: { id: string; slug: string }): Promise<string> {
  const { bodies, offers, fields, events } = await withRegion(region.id, async (tx) => ({
    bodies: await tx.body.findMany({
      where: { regionId: region.id, kind: { in: ["STEERING", "CONFERENCE", "OFFICE"] } },
      select: { slug: true },
    }),
    fields: await tx.fieldOfAction.findMany({
      where: { regionId: region.id },
      orderBy: { position: "asc" },
      select: { slug: true },
    }),
    events: await tx.event.findMany({
      where: { regionId: region.id, isPublic: true, deletedAt: null, startsAt: { gte: new Date() } },
      select: { id: true, updatedAt: true },
    }),
    offers: await tx.offer.findMany({
      where: { regionId: region.id, status: "PUBLISHED", deletedAt: null },
      orderBy: { updatedAt: "desc" },
      take: 49_000,
      select: { id: true, updatedAt: true },
    }),
  }));
  const base = `${origin()}/${region.slug}`;
  return urlset([
    { loc: base },
    { loc: `${base}/angebote` },
    { loc: `${base}/termine` },
    ...bodies.map((b) => ({ loc: `${base}/gremien/${b.slug}` })),
    ...LEGAL_PAGES.map((p) => ({ loc: `${base}/${p.path}` })),
    ...fields.map((f) => ({ loc: `${base}/handlungsfelder/${f.slug}` })),
    ...events.map((e) => ({ loc: `${base}/veranstaltungen/${e.id}`, lastmod: e.updatedAt })),
    ...offers.map((o) => ({ loc: `${base}/angebote/${o.id}`, lastmod: o.updatedAt })),
  ]);
}
