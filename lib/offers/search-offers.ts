import "@/lib/core/server-only.ts";
import { LRUCache } from "lru-cache";
import { Prisma, withPublicCatalogue, withRegion, type Tx } from "@/lib/core/db/client.ts";
import { berlinLocalToUtc } from "@/lib/core/validation/berlin-time.ts";
import { PAGE_SIZE, type OfferHit, type OfferQuery } from "./offer-query.ts";

/**
 * How many matches are ranked at most. A region's offers all fit; across NRW a broad query
 * matches tens of thousands, and ranking them all would make the search as slow as NRW is
 * large. Beyond the limit the result says "more than …" and asks for a narrower search.
 */
export const REGION_CANDIDATES = 5_000;
export const NRW_CANDIDATES = 1_000;
/** Trigram similarity from which a known word counts as a spelling variant of a query word. */
const TYPO_THRESHOLD = 0.45;
/** Most variants and compounds looked up per query word. */
const MAX_VARIANTS = 12;

/**
 * Published offers matching the query — of one region (inside its RLS transaction) or, with
 * `regionId: null`, of all regions through the read-only public catalogue. German full text
 * (stemmed, umlaut and ae/oe/ue spellings folded together), widened by known spelling variants
 * and compounds of the query words (see textQueries); all filters combine with AND.
 */
export async function searchOffers(scope: { regionId: string | null }, query: OfferQuery) {
  const text = query.q;
  // conditions on the read model "PublicOffer" (published, undeleted offers only)
  // One region's offers are few: they are read through the primary key and filtered
  // ("OFFSET 0" keeps the planner from pushing the text and filter conditions into the GIN
  // index, whose estimate for word + filter is far too low). NRW-wide, the GIN indexes find
  // them, partition by partition, until `cap` + 1 are found (migration "public_offer_partitions").
  const region = scope.regionId
    ? Prisma.sql`${scope.regionId}::uuid`
    : query.region
      ? Prisma.sql`(SELECT id FROM "Region" WHERE slug = ${query.region})`
      : null;
  const source = region
    ? Prisma.sql`(SELECT * FROM "PublicOffer" WHERE "regionId" = ${region} OFFSET 0) p`
    : Prisma.sql`"PublicOffer" p`;
  const conditions: Prisma.Sql[] = [];
  if (query.field) conditions.push(Prisma.sql`p."fieldSlugs" @> ARRAY[${query.field}]::text[]`);
  if (query.group) conditions.push(Prisma.sql`p."targetGroups" @> ARRAY[${query.group}]::"TargetGroup"[]`);
  if (query.kind) conditions.push(Prisma.sql`p.kind = ${query.kind}::"OfferKind"`);
  if (query.locality) conditions.push(Prisma.sql`p."localityId" = ${query.locality}::uuid`);
  if (query.free) conditions.push(Prisma.sql`p."isFree"`);
  if (query.wheelchair) conditions.push(Prisma.sql`p."wheelchairAccessible"`);
  if (query.easyLanguage) conditions.push(Prisma.sql`p."easyLanguage"`);
  if (query.from || query.until) {
    const from = query.from ? berlinLocalToUtc(`${query.from}T00:00`) : new Date(0);
    const until = query.until
      ? new Date(berlinLocalToUtc(`${query.until}T00:00`)!.getTime() + 86_400_000)
      : new Date(Date.UTC(9999, 0, 1));
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(p.dates) AS d WHERE d >= ${from} AND d < ${until})`);
  }
  // the first date from now on. The read model keeps an offer's dates in ascending order, so
  // the array is only searched when some dates have passed and some have not.
  const nextDate = Prisma.sql`CASE WHEN p.dates[1] >= now() THEN p.dates[1]
    WHEN p.dates[cardinality(p.dates)] >= now() THEN (SELECT min(d) FROM unnest(p.dates) AS d WHERE d >= now()) END`;
  const byDate = query.sort === "datum" || !text;
  const order = (alias: string) => {
    const c = Prisma.raw(alias);
    return byDate
      ? Prisma.sql`${c}."nextDate" ASC NULLS LAST, ${c}.rank DESC, ${c}.id`
      : Prisma.sql`${c}.rank DESC, ${c}."nextDate" ASC NULLS LAST, ${c}.id`;
  };

  // At most `cap` + 1 matches are ranked; beyond that the page says "more than …".
  const cap = scope.regionId ? REGION_CANDIDATES : NRW_CANDIDATES;
  const work = async (tx: Tx) => {
    let rank = Prisma.sql`0::real`;
    if (text) {
      // the words as typed rank first; their spelling variants and compounds count half.
      // (The widened query goes into the search as a literal rather than a subquery, so the
      // planner can estimate how common its words are and pick the index that fits.)
      const { typed, widened } = await textQueries(tx, text);
      conditions.push(Prisma.sql`p."searchDocument" @@ ${widened}`);
      // (Most queries have no variants: then both queries are the same, and the planner, which
      // folds the comparison of the two constants, ranks each match once instead of twice.)
      rank = Prisma.sql`CASE WHEN ${typed} = ${widened} THEN 3 * ts_rank_cd(p."searchDocument", ${typed})
        ELSE 2 * ts_rank_cd(p."searchDocument", ${typed}) + ts_rank_cd(p."searchDocument", ${widened}) END`;
    }
    // the Handlungsfelder of the page's offers are read in the same statement
    const rows = await tx.$queryRaw<(OfferHit & { total: number; regionId: string })[]>`
      WITH candidates AS MATERIALIZED (
        SELECT p."regionId", p."offerId" AS id, ${nextDate} AS "nextDate", ${rank} AS rank
          FROM ${source}
         ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
         LIMIT ${cap + 1}),
      page AS (
        SELECT c.*, (count(*) OVER ())::int AS total FROM candidates c
         ORDER BY ${order("c")}
         LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE})
      SELECT o.id::text, o."regionId"::text, r.slug AS "regionSlug", r.name AS "regionName", o.title, o.summary, o.kind::text AS kind,
             o."isFree", o."wheelchairAccessible", o."easyLanguage", pl.city, loc.name::text AS locality, c."nextDate", c.total,
             ARRAY(SELECT f.name FROM "OfferFieldOfAction" ofa
                     JOIN "FieldOfAction" f ON f."regionId" = ofa."regionId" AND f.id = ofa."fieldOfActionId"
                    WHERE ofa."regionId" = o."regionId" AND ofa."offerId" = o.id
                    ORDER BY f.position, f.name) AS fields
        FROM page c
        JOIN "Offer" o ON o."regionId" = c."regionId" AND o.id = c.id
        JOIN "Region" r ON r.id = c."regionId"
        LEFT JOIN "Place" pl ON pl."regionId" = o."regionId" AND pl.id = o."placeId"
        LEFT JOIN "Locality" loc ON loc."regionId" = pl."regionId" AND loc.id = pl."localityId"
       ORDER BY ${order("c")}`;
    const found = rows[0]?.total ?? 0;
    const capped = found > cap;
    const total = Math.min(found, cap);
    const hits: OfferHit[] = rows.map(({ total: _, regionId: __, ...row }) => row);
    return { hits, total, capped, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
  };
  return scope.regionId ? withRegion(scope.regionId, work) : withPublicCatalogue(work);
}

/**
 * What the search form offers to choose: the Handlungsfelder (by slug; NRW-wide the standard
 * fields of all regions, once each), the region's Kommunen/Quartiere, or NRW-wide the regions.
 */
export async function searchFacets(scope: { regionId: string | null }) {
  const work = async (tx: Tx) => {
    const fieldRows = await tx.$queryRaw<{ slug: string; name: string; position: number }[]>`
      SELECT DISTINCT ON (slug) slug, name, position FROM "FieldOfAction" ${scope.regionId ? Prisma.sql`WHERE "regionId" = ${scope.regionId}::uuid` : Prisma.empty}
       ORDER BY slug, position`;
    const fields = fieldRows
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, "de"))
      .map(({ slug, name }) => ({ slug, name }));
    const localities = scope.regionId
      ? await tx.locality.findMany({
          where: { regionId: scope.regionId },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [];
    const regions = scope.regionId
      ? []
      : await tx.region.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
    return { fields, localities, regions };
  };
  return scope.regionId ? withRegion(scope.regionId, work) : withPublicCatalogue(work);
}

/**
 * The full-text queries for the search text. `typed` is the text as typed (web-search syntax:
 * "quotes", -not, or). `widened` also finds, for each word of a plain query, the words of
 * published offers that are spelled similarly (small typos: "Robtik" → Robotik) or contain it
 * (compounds: "Werkstatt" → Forscherwerkstatt), from the vocabulary table "SearchTerm".
 * Both go through the same folding (ä → ae …) and German stemming as the documents.
 */
async function textQueries(tx: Tx, text: string): Promise<{ typed: Prisma.Sql; widened: Prisma.Sql }> {
  const typed = Prisma.sql`websearch_to_tsquery('pg_catalog.german'::regconfig, app_fold_german(${text}))`;
  if (/["]|(^|\s)-|\bor\b/i.test(text)) return { typed, widened: typed };
  let expression = widenings.get(text);
  if (expression === undefined) {
    expression = await widenedExpression(tx, text);
    widenings.set(text, expression);
  }
  return { typed, widened: expression ? Prisma.sql`to_tsquery('pg_catalog.german'::regconfig, ${expression})` : typed };
}

/**
 * The widened tsquery text of a search text ("" when it has no words), by text. The same words
 * are searched again and again (in every region); the vocabulary behind their variants grows
 * with newly published offers, so an entry is kept for a minute only. The words as typed are
 * always part of the query, so a new offer is found at once — only a new spelling variant of a
 * query word can take up to that minute to be suggested.
 */
const widenings = new LRUCache<string, string>({ max: 10_000, ttl: 60_000 });

async function widenedExpression(tx: Tx, text: string): Promise<string> {
  // "%" finds candidates through the trigram index (at pg_trgm's default threshold 0.3);
  // similarity() keeps those at or above TYPO_THRESHOLD
  const words = await tx.$queryRaw<{ word: string; variants: string[] }[]>`
    SELECT w.word, ARRAY(
             SELECT t.term FROM "SearchTerm" t
              WHERE length(w.word) >= 4 AND t.term <> w.word
                AND ((t.term % w.word AND similarity(t.term, w.word) >= ${TYPO_THRESHOLD}::real) OR t.term LIKE '%' || w.word || '%')
              ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT ${MAX_VARIANTS}) AS variants
      FROM regexp_split_to_table(app_fold_german(${text}), '[^a-z0-9]+') WITH ORDINALITY AS w(word, position)
     WHERE w.word <> ''
     ORDER BY w.position`;
  // only [a-z0-9] reach here (split above), so the words can be joined into tsquery syntax
  return words.map(({ word, variants }) => `(${[word, ...variants].join(" | ")})`).join(" & ");
}
