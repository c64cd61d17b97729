import "server-only";
import { Prisma, withPublicCatalogue, withRegion, type Tx } from "@/lib/db/client.ts";
import { SLUG_PATTERN } from "@/lib/regions/reserved-slugs.ts";
import { berlinLocalToUtc } from "@/lib/validation/berlin-time.ts";
import { OFFER_KIND_LABEL, TARGET_GROUP_LABEL, type OfferKind, type TargetGroup } from "./labels.ts";

export const PAGE_SIZE = 20;
/** Word similarity from which a title/summary word counts as a typo of the query. */
const TYPO_THRESHOLD = 0.45;

export interface OfferQuery {
  q: string;
  /** NRW-wide search only: the slug of one region. */
  region: string | null;
  /** Handlungsfeld by slug (the NRW standard fields share their slugs across regions). */
  field: string | null;
  group: TargetGroup | null;
  kind: OfferKind | null;
  locality: string | null;
  from: string | null;
  until: string | null;
  free: boolean;
  wheelchair: boolean;
  easyLanguage: boolean;
  sort: "relevanz" | "datum";
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the search form (GET parameters, German names so result URLs read well). Unknown or
 * malformed values are dropped with a German note instead of failing the page.
 */
export function parseOfferQuery(params: Record<string, string | string[] | undefined>): { query: OfferQuery; notes: string[] } {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.normalize("NFC").trim() ?? "";
  };
  const notes: string[] = [];
  const date = (key: string, label: string) => {
    const value = one(key);
    if (!value) return null;
    if (DATE.test(value) && berlinLocalToUtc(`${value}T00:00`)) return value;
    notes.push(`${label} „${value.slice(0, 20)}“ ist kein Datum (TT.MM.JJJJ) und wurde nicht berücksichtigt.`);
    return null;
  };
  const member = <T extends string>(value: string, allowed: Record<T, string>): T | null => (value in allowed ? (value as T) : null);
  const page = Number(one("seite"));
  let from = date("von", "Das Datum „von“");
  let until = date("bis", "Das Datum „bis“");
  if (from && until && until < from) {
    notes.push("Das Datum „bis“ liegt vor „von“; die beiden wurden getauscht.");
    [from, until] = [until, from];
  }
  return {
    query: {
      q: one("q").replace(/[\u0000-\u001f]/g, " ").slice(0, 200),
      region: SLUG_PATTERN.test(one("region")) ? one("region") : null,
      field: SLUG_PATTERN.test(one("feld")) ? one("feld") : null,
      group: member(one("zielgruppe"), TARGET_GROUP_LABEL),
      kind: member(one("art"), OFFER_KIND_LABEL),
      locality: UUID.test(one("ort")) ? one("ort") : null,
      from,
      until,
      free: one("kostenlos") === "ja",
      wheelchair: one("rollstuhlgerecht") === "ja",
      easyLanguage: one("leichte-sprache") === "ja",
      sort: one("sortierung") === "datum" ? "datum" : "relevanz",
      page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    },
    notes,
  };
}

export interface OfferHit {
  id: string;
  regionSlug: string;
  regionName: string;
  title: string;
  summary: string;
  kind: OfferKind;
  isFree: boolean;
  wheelchairAccessible: boolean;
  easyLanguage: boolean;
  city: string | null;
  locality: string | null;
  nextDate: Date | null;
  fields: string[];
}

/**
 * Published offers matching the query — of one region (inside its RLS transaction) or, with
 * `regionId: null`, of all regions through the read-only public catalogue. German full text
 * (stemmed, umlaut and ae/oe/ue spellings folded together) or, for small typos, trigram word
 * similarity on title and summary; all filters combine with AND.
 */
export async function searchOffers(scope: { regionId: string | null }, query: OfferQuery) {
  const text = query.q;
  const conditions: Prisma.Sql[] = [Prisma.sql`o.status = 'PUBLISHED'`, Prisma.sql`o."deletedAt" IS NULL`];
  if (scope.regionId) conditions.push(Prisma.sql`o."regionId" = ${scope.regionId}::uuid`);
  else if (query.region) conditions.push(Prisma.sql`r.slug = ${query.region}`);
  const tsquery = Prisma.sql`websearch_to_tsquery('pg_catalog.german'::regconfig, app_fold_german(${text}))`;
  const document = Prisma.sql`app_offer_document(o.title, o.summary, o.description)`;
  const trigram = Prisma.sql`app_offer_trigram_text(o.title, o.summary)`;
  if (text) conditions.push(Prisma.sql`(${document} @@ ${tsquery} OR app_fold_german(${text}) <% ${trigram})`);
  if (query.field) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferFieldOfAction" f JOIN "FieldOfAction" fa ON fa."regionId" = f."regionId" AND fa.id = f."fieldOfActionId"
      WHERE f."regionId" = o."regionId" AND f."offerId" = o.id AND fa.slug = ${query.field})`);
  }
  if (query.group) conditions.push(Prisma.sql`o."targetGroups" @> ARRAY[${query.group}]::"TargetGroup"[]`);
  if (query.kind) conditions.push(Prisma.sql`o.kind = ${query.kind}::"OfferKind"`);
  if (query.locality) conditions.push(Prisma.sql`pl."localityId" = ${query.locality}::uuid`);
  if (query.free) conditions.push(Prisma.sql`o."isFree"`);
  if (query.wheelchair) conditions.push(Prisma.sql`o."wheelchairAccessible"`);
  if (query.easyLanguage) conditions.push(Prisma.sql`o."easyLanguage"`);
  if (query.from || query.until) {
    const from = query.from ? berlinLocalToUtc(`${query.from}T00:00`) : null;
    const until = query.until ? new Date(berlinLocalToUtc(`${query.until}T00:00`)!.getTime() + 86_400_000) : null;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "OfferDate" d WHERE d."regionId" = o."regionId" AND d."offerId" = o.id
      AND d."startsAt" >= ${from ?? new Date(0)} AND d."startsAt" < ${until ?? new Date(Date.UTC(9999, 0, 1))})`);
  }
  const rank = text ? Prisma.sql`ts_rank_cd(${document}, ${tsquery}) + word_similarity(app_fold_german(${text}), ${trigram}) / 2` : Prisma.sql`0`;
  const nextDate = Prisma.sql`(SELECT min(d."startsAt") FROM "OfferDate" d WHERE d."regionId" = o."regionId" AND d."offerId" = o.id AND d."startsAt" >= now())`;
  const order = query.sort === "datum" || !text ? Prisma.sql`"nextDate" ASC NULLS LAST, rank DESC, o.title` : Prisma.sql`rank DESC, "nextDate" ASC NULLS LAST, o.title`;

  const work = async (tx: Tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`;
    const rows = await tx.$queryRaw<(Omit<OfferHit, "fields"> & { total: number; regionId: string })[]>`
      SELECT o.id::text, o."regionId"::text, r.slug AS "regionSlug", r.name AS "regionName", o.title, o.summary, o.kind::text AS kind,
             o."isFree", o."wheelchairAccessible", o."easyLanguage", pl.city, loc.name::text AS locality,
             ${nextDate} AS "nextDate", ${rank} AS rank, (count(*) OVER ())::int AS total
        FROM "Offer" o
        JOIN "Region" r ON r.id = o."regionId"
        LEFT JOIN "Place" pl ON pl."regionId" = o."regionId" AND pl.id = o."placeId"
        LEFT JOIN "Locality" loc ON loc."regionId" = pl."regionId" AND loc.id = pl."localityId"
       WHERE ${Prisma.join(conditions, " AND ")}
       ORDER BY ${order}
       LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
    const links = rows.length
      ? await tx.offerFieldOfAction.findMany({ where: { OR: rows.map((r) => ({ regionId: r.regionId, offerId: r.id })) }, include: { fieldOfAction: { select: { name: true, position: true } } } })
      : [];
    const fieldRows = await tx.fieldOfAction.findMany({ where: scope.regionId ? { regionId: scope.regionId } : {}, orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } });
    const fields = [...new Map(fieldRows.map((f) => [f.slug, f])).values()];
    const localities = scope.regionId ? await tx.locality.findMany({ where: { regionId: scope.regionId }, orderBy: { name: "asc" }, select: { id: true, name: true } }) : [];
    const regions = scope.regionId ? [] : await tx.region.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
    const total = rows[0]?.total ?? 0;
    const hits: OfferHit[] = rows.map(({ total: _, regionId, ...row }) => ({
      ...(row as Omit<OfferHit, "fields">),
      fields: links.filter((l) => l.offerId === row.id && l.regionId === regionId).sort((a, b) => a.fieldOfAction.position - b.fieldOfAction.position).map((l) => l.fieldOfAction.name),
    }));
    return { hits, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), fields, localities, regions };
  };
  return scope.regionId ? withRegion(scope.regionId, work) : withPublicCatalogue(work);
}

/** The query as URL parameters (for pagination links and shareable result pages). */
export function offerQueryParams(query: OfferQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.region) params.set("region", query.region);
  if (query.field) params.set("feld", query.field);
  if (query.group) params.set("zielgruppe", query.group);
  if (query.kind) params.set("art", query.kind);
  if (query.locality) params.set("ort", query.locality);
  if (query.from) params.set("von", query.from);
  if (query.until) params.set("bis", query.until);
  if (query.free) params.set("kostenlos", "ja");
  if (query.wheelchair) params.set("rollstuhlgerecht", "ja");
  if (query.easyLanguage) params.set("leichte-sprache", "ja");
  if (query.sort === "datum") params.set("sortierung", "datum");
  if (page > 1) params.set("seite", String(page));
  return params.toString();
}
