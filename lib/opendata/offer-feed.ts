import "@/lib/core/server-only.ts";
import { z } from "zod";
import { withPublicCatalogue } from "@/lib/core/db/client.ts";
import { ValidationError } from "@/lib/core/errors.ts";
import { offerJsonLd } from "@/lib/offers/offer-json-ld.ts";
import { fieldErrorsOf } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import { isStorableInstant } from "@/lib/core/validation/instant.ts";

/** The licence of every open-data feed (German open government data standard). */
export const OPEN_DATA_LICENCE = {
  name: "Datenlizenz Deutschland – Namensnennung – Version 2.0",
  url: "https://www.govdata.de/dl-de/by-2-0",
} as const;

const SLUG = /^[a-z0-9-]{2,80}$/;
const querySchema = z.object({
  region: z.string().regex(SLUG, { error: "Unbekannte Region." }).optional(),
  modified_since: z
    .string()
    .refine(
      (v) =>
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) &&
        isStorableInstant(new Date(v)),
      { error: "modified_since ist ein Datum nach ISO 8601, z. B. 2026-11-01 oder 2026-11-01T08:00:00Z." },
    )
    .transform((v) => new Date(v))
    .optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, { error: "limit ist eine ganze Zahl von 1 bis 1000." })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, { error: "limit ist eine ganze Zahl von 1 bis 1000." })
    .optional(),
  after: z.string().max(200).optional(),
});

function encodeCursor(updatedAt: Date, id: string) {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString("base64url");
}
function decodeCursor(value: string): { updatedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const updatedAt = new Date(at);
    if (!isStorableInstant(updatedAt) || !isUuid(id)) throw new Error("bad cursor");
    return { updatedAt, id };
  } catch {
    throw new ValidationError(
      { after: ["Der Wert von after stammt nicht aus einem next-Link dieses Feeds."] },
      "Ungültige Anfrage.",
    );
  }
}

/**
 * Published offers as open data: a schema.org DataFeed whose items are the offers' JSON-LD
 * (Event, Course or Place), NRW-wide or for one region, oldest change first, paginated by a
 * cursor (`after`) with a `next` link, filterable by `modified_since`; the licence is on every
 * page. Reads through the public catalogue, so nothing unpublished can appear.
 * Returns null for an unknown region.
 */
export async function offerFeed(search: URLSearchParams, origin: string) {
  const parsed = querySchema.safeParse(Object.fromEntries(search));
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), "Ungültige Anfrage.");
  const query = parsed.data;
  const limit = query.limit ?? 100;
  const cursor = query.after ? decodeCursor(query.after) : null;
  return withPublicCatalogue(async (tx) => {
    const region = query.region
      ? await tx.region.findUnique({ where: { slug: query.region }, select: { id: true, slug: true, name: true } })
      : null;
    if (query.region && !region) return null;
    const offers = await tx.offer.findMany({
      where: {
        status: "PUBLISHED",
        deletedAt: null,
        ...(region ? { regionId: region.id } : {}),
        ...(query.modified_since ? { updatedAt: { gte: query.modified_since } } : {}),
        ...(cursor
          ? { OR: [{ updatedAt: { gt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }] }
          : {}),
      },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      include: {
        place: true,
        dates: { orderBy: { startsAt: "asc" } },
        fieldsOfAction: { include: { fieldOfAction: { select: { name: true } } } },
      },
    });
    const page = offers.slice(0, limit);
    const regionIds = [...new Set(page.map((o) => o.regionId))];
    const regions = new Map(
      (
        await tx.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, slug: true, name: true } })
      ).map((r) => [r.id, r]),
    );
    const self = new URL("/api/angebote.json", origin);
    for (const [key, value] of search) self.searchParams.set(key, value);
    let next: string | null = null;
    if (offers.length > limit) {
      const last = page.at(-1)!;
      const url = new URL(self);
      url.searchParams.set("after", encodeCursor(last.updatedAt, last.id));
      next = url.toString();
    }
    return {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      name: region
        ? `Bildungsangebote – Bildungsnetzwerk ${region.name}`
        : "Bildungsangebote der Regionalen Bildungsnetzwerke in NRW",
      url: self.toString(),
      inLanguage: "de",
      license: OPEN_DATA_LICENCE.url,
      licenseName: OPEN_DATA_LICENCE.name,
      publisher: {
        "@type": "Organization",
        name: region ? `Regionales Bildungsnetzwerk ${region.name}` : "Bildungsnetz NRW",
      },
      ...(page.length ? { dateModified: page.at(-1)!.updatedAt.toISOString() } : {}),
      dataFeedElement: page.map((offer) => {
        const r = regions.get(offer.regionId)!;
        const url = `${origin}/${r.slug}/angebote/${offer.id}`;
        const item: Record<string, unknown> & {
          identifier: string;
          sourceOrganization: { "@type": string; name: string; url: string };
        } = {
          ...offerJsonLd({ ...offer, partner: null }, url, r.name),
          identifier: offer.id,
          keywords: offer.fieldsOfAction.map((f) => f.fieldOfAction.name),
          sourceOrganization: {
            "@type": "Organization",
            name: `Regionales Bildungsnetzwerk ${r.name}`,
            url: `${origin}/${r.slug}`,
          },
        };
        return { "@type": "DataFeedItem", dateModified: offer.updatedAt.toISOString(), item };
      }),
      links: { self: self.toString(), next },
    };
  });
}
