// Benchmark data for the public portal: every German district (400 Kreise and kreisfreie
// Städte) as a region with 2,000 offers each — 800,000 offers with German texts, places,
// dates and Handlungsfelder — plus a second database with the first 20 districts (40,000
// offers) to compare search times. Both live in an embedded PostgreSQL in .data/bench-public.
//
//   npm run bench:seed            (keeps databases that are already complete)
//   npm run bench:seed -- --neu   (drops and rebuilds them)
//
// The rows are written in bulk by SQL as the cluster's superuser (triggers and foreign-key
// checks off during the load, secondary indexes dropped and rebuilt afterwards): the app's
// use cases would take hours for 800,000 offers, and the read side does not care how the
// rows came in. Migrations are the app's own.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { dropDatabase, withDatabase } from "../lib/core/db/bootstrap.ts";
import { STANDARD_BODIES, STANDARD_FIELDS_OF_ACTION } from "../lib/regions/nrw-standards.ts";
import { germanDistricts, slugify } from "./support/districts.ts";
import {
  AUDIENCES,
  FORMATS,
  LOCALITY_PREFIXES,
  LOCALITY_SUFFIXES,
  PLACE_KINDS,
  SENTENCES,
  STREETS,
  TOPICS,
} from "./support/offer-texts.ts";
import { BENCH_DATABASES, OFFERS_PER_REGION, openBenchCluster, type BenchDatabase } from "./support/bench-cluster.ts";

const NRW_DISTRICTS = [
  { slug: "arnsberg", name: "Regierungsbezirk Arnsberg" },
  { slug: "detmold", name: "Regierungsbezirk Detmold" },
  { slug: "duesseldorf", name: "Regierungsbezirk Düsseldorf" },
  { slug: "koeln", name: "Regierungsbezirk Köln" },
  { slug: "muenster", name: "Regierungsbezirk Münster" },
];
const BATCH = 100; // offers per region per statement

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function seed(client: pg.Client, database: BenchDatabase, log: (line: string) => void) {
  const t0 = performance.now();
  await client.query("SET session_replication_role = replica"); // no triggers, no FK checks while loading
  await client.query("SET maintenance_work_mem = '1GB'");
  await client.query("SET synchronous_commit = off");
  await client.query("SELECT setseed(0.42)");

  const districts = germanDistricts().slice(0, database.regions);
  const lands = [...new Set(districts.map((d) => d.land))].filter((l) => l !== "Nordrhein-Westfalen");
  const governmentDistricts = [
    ...NRW_DISTRICTS,
    ...lands.map((land) => ({ slug: `land-${slugify(land)}`, name: `Land ${land}` })),
  ];
  await client.query(
    `INSERT INTO "GovernmentDistrict"(id, slug, name) SELECT gen_random_uuid(), s, n FROM unnest($1::text[], $2::text[]) AS t(s, n)`,
    [governmentDistricts.map((d) => d.slug), governmentDistricts.map((d) => d.name)],
  );
  // NRW's districts spread over the five Regierungsbezirke, the rest by Land
  const districtOf = districts.map((d, i) =>
    d.land === "Nordrhein-Westfalen" ? NRW_DISTRICTS[i % 5]!.slug : `land-${slugify(d.land)}`,
  );
  await client.query(
    `INSERT INTO "Region"(id, slug, name, kind, "governmentDistrictId", about, "contactName", "contactEmail", "contactPhone", "contactAddress", website)
     SELECT gen_random_uuid(), s, n, k::"RegionKind", gd.id,
            'Das Regionale Bildungsnetzwerk ' || n || ' verbindet Schulen, Kitas, Jugendhilfe, Wirtschaft und Kultur. Gemeinsam gestalten wir gelingende Bildungsübergänge – von der Kita bis in den Beruf.',
            'Bildungsbüro ' || n, 'bildungsbuero@' || s || '.example', '0' || (200 + ord) || ' 12-' || lpad(ord::text, 4, '0'),
            'Rathausplatz ' || ord || ', ' || lpad((10000 + ord * 211)::text, 5, '0') || ' ' || regexp_replace(n, '^(Stadt|Landkreis|Kreis) ', ''),
            'https://www.' || s || '.example/bildung'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(s, n, k, g, ord)
       JOIN "GovernmentDistrict" gd ON gd.slug = t.g`,
    [districts.map((d) => d.slug), districts.map((d) => d.name), districts.map((d) => d.kind), districtOf],
  );
  await client.query(
    `INSERT INTO "Body"(id, "regionId", kind, slug, name, description)
     SELECT gen_random_uuid(), r.id, b.k::"BodyKind", b.s, b.n, b.d FROM "Region" r CROSS JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS b(k, s, n, d)`,
    [
      STANDARD_BODIES.map((b) => b.kind),
      STANDARD_BODIES.map((b) => b.slug),
      STANDARD_BODIES.map((b) => b.name),
      STANDARD_BODIES.map((b) => b.description),
    ],
  );
  await client.query(
    `INSERT INTO "FieldOfAction"(id, "regionId", slug, name, description, position)
     SELECT gen_random_uuid(), r.id, f.s, f.n, f.d, (f.ord - 1)::int FROM "Region" r CROSS JOIN unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS f(s, n, d, ord)`,
    [
      STANDARD_FIELDS_OF_ACTION.map((f) => f.slug),
      STANDARD_FIELDS_OF_ACTION.map((f) => f.name),
      STANDARD_FIELDS_OF_ACTION.map((f) => f.description),
    ],
  );
  // eight Kommunen (Kreis) or Quartiere (Stadt) per region, names from German place-name parts
  await client.query(
    `INSERT INTO "Locality"(id, "regionId", kind, name)
     SELECT gen_random_uuid(), r.id, CASE WHEN r.kind = 'KREIS' THEN 'MUNICIPALITY' ELSE 'QUARTER' END::"LocalityKind",
            ($1::text[])[1 + (r.rn * 7 + i * 5) % cardinality($1::text[])] || ($2::text[])[1 + (r.rn * 3 + i) % cardinality($2::text[])]
       FROM (SELECT id, kind, row_number() OVER (ORDER BY slug) AS rn FROM "Region") r CROSS JOIN generate_series(1, 8) i
     ON CONFLICT DO NOTHING`,
    [LOCALITY_PREFIXES, LOCALITY_SUFFIXES],
  );
  // sixty places per region, each in one of its localities, around a point of the district
  await client.query(
    `INSERT INTO "Place"(id, "regionId", name, street, "postalCode", city, "localityId", latitude, longitude)
     SELECT gen_random_uuid(), l."regionId", ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] || ' ' || l.name,
            ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int] || ' ' || (1 + floor(random() * 120))::int,
            lpad((10000 + floor(random() * 89999))::int::text, 5, '0'), l.name, l.id,
            round((47.5 + random() * 7.3)::numeric, 5)::float8, round((6.1 + random() * 8.7)::numeric, 5)::float8
       FROM "Locality" l CROSS JOIN generate_series(1, 8) i`,
    [PLACE_KINDS, STREETS],
  );
  log(`  ${database.regions} Regionen mit Gremien, Handlungsfeldern, Orten (${seconds(t0)})`);

  // Load offers without their secondary indexes; rebuild them afterwards.
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('Offer', 'OfferDate', 'OfferFieldOfAction', 'PublicOffer') AND indexname NOT LIKE '%\\_pkey'`,
  );
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);

  const topics = TOPICS.map(([topic]) => topic);
  const topicFields = TOPICS.map(([, field]) => field);
  const fieldSlugs = STANDARD_FIELDS_OF_ACTION.map((f) => f.slug);
  const groups = [
    "EARLY_CHILDHOOD",
    "PRIMARY",
    "SECONDARY_I",
    "SECONDARY_II",
    "VOCATIONAL",
    "PROFESSIONALS",
    "PARENTS",
    "ADULTS",
  ];
  const kinds = ["PROJECT", "EVENT", "LEARNING_PLACE", "COUNSELLING", "TRAINING"];
  const t1 = performance.now();
  for (let from = 1; from <= OFFERS_PER_REGION; from += BATCH) {
    // Offers of all regions interleaved, as they come in over the years.
    await client.query(
      `WITH places AS (SELECT p."regionId", array_agg(p.id) AS ids, array_agg(p.city) AS cities FROM "Place" p GROUP BY p."regionId"),
       src AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, r.id AS rid, r.name AS rname, g,
                1 + floor(random() * cardinality($1::text[]))::int AS ti,
                1 + floor(random() * cardinality($3::text[]))::int AS fi,
                1 + floor(random() * cardinality($4::text[]))::int AS ai,
                1 + floor(random() * cardinality(pl.ids))::int AS pi, pl.ids, pl.cities,
                random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                now() - random() * interval '900 days' AS created
           FROM generate_series($8::int, $9::int) g CROSS JOIN "Region" r JOIN places pl ON pl."regionId" = r.id
          ORDER BY g, r.slug),
       offers AS (
         INSERT INTO "Offer"(id, "regionId", title, summary, description, kind, status, "targetGroups", "placeId", "isFree", "priceCents",
                             "wheelchairAccessible", "easyLanguage", languages, "contactName", "contactEmail", "publishedAt", "createdAt", "updatedAt")
         SELECT s.id, s.rid,
                CASE WHEN s.r1 < 0.4 THEN ($1::text[])[s.ti] || ' – ' || ($3::text[])[s.fi] || ' ' || ($4::text[])[s.ai]
                     WHEN s.r1 < 0.7 THEN ($3::text[])[s.fi] || ': ' || ($1::text[])[s.ti]
                     ELSE ($1::text[])[s.ti] || ' in ' || s.cities[s.pi] END,
                CASE WHEN s.r2 < 0.5 THEN 'Mitmachen, ausprobieren, weiterdenken: ' || ($1::text[])[s.ti] || ' ' || ($4::text[])[s.ai] || '.'
                     ELSE ($3::text[])[s.fi] || ' ' || ($4::text[])[s.ai] || ' in ' || s.cities[s.pi] || '.' END,
                'Was erwartet Sie? ' || ($1::text[])[s.ti] || ' – praxisnah und alltagsbezogen. ' ||
                  array_to_string(ARRAY(SELECT ($5::text[])[1 + floor(random() * cardinality($5::text[]))::int] FROM generate_series(1, 3 + (s.g % 3)) WHERE s.g IS NOT NULL), ' '),
                ($6::text[])[1 + floor(s.r3 * 5)::int]::"OfferKind",
                CASE WHEN s.r5 < 0.95 THEN 'PUBLISHED' ELSE 'DRAFT' END::"OfferStatus",
                array_remove(ARRAY[($7::text[])[1 + floor(s.r4 * 8)::int], CASE WHEN s.r2 < 0.4 THEN ($7::text[])[1 + floor(s.r1 * 8)::int] END], NULL)::"TargetGroup"[],
                s.ids[s.pi], s.r3 < 0.6, CASE WHEN s.r3 >= 0.6 THEN (5 + floor(s.r4 * 40)::int) * 100 END,
                s.r4 < 0.45, s.r1 > 0.88, CASE WHEN s.r2 > 0.8 THEN ARRAY['de', 'en'] ELSE ARRAY['de'] END,
                'Bildungsbüro ' || s.rname, 'bildungsbuero@example.org',
                CASE WHEN s.r5 < 0.95 THEN s.created + interval '2 days' END, s.created, s.created + interval '2 days'
           FROM src s),
       links AS (
         INSERT INTO "OfferFieldOfAction"("regionId", "offerId", "fieldOfActionId")
         SELECT s.rid, s.id, fa.id FROM src s JOIN "FieldOfAction" fa ON fa."regionId" = s.rid
          WHERE fa.slug = ($2::text[])[s.ti] OR (s.r5 < 0.3 AND fa.slug = ($10::text[])[1 + floor(s.r5 * 26)::int % 8] AND fa.slug <> ($2::text[])[s.ti]))
       INSERT INTO "OfferDate"(id, "regionId", "offerId", "startsAt", "endsAt")
       SELECT gen_random_uuid(), s.rid, s.id, t.starts, t.starts + interval '2 hours'
         FROM src s CROSS JOIN LATERAL (
           SELECT date_trunc('day', now()) + (floor(random() * 400) - 35) * interval '1 day' + (8 + floor(random() * 11)) * interval '1 hour' AS starts
             FROM generate_series(1, 1 + floor(s.r4 * 3)::int) n) t`,
      [
        topics,
        topicFields,
        FORMATS,
        AUDIENCES,
        SENTENCES,
        kinds,
        groups,
        from,
        Math.min(OFFERS_PER_REGION, from + BATCH - 1),
        fieldSlugs,
      ],
    );
    const done = Math.min(OFFERS_PER_REGION, from + BATCH - 1) * database.regions;
    if ((from - 1) % (BATCH * 5) === 0 || done === OFFERS_PER_REGION * database.regions)
      log(`  ${done.toLocaleString("de-DE")} Angebote (${seconds(t1)})`);
  }
  const t2 = performance.now();
  // the read model of the search and the vocabulary (their triggers were off during the load)
  await client.query(`SELECT count(app_refresh_public_offer("regionId", id)) FROM "Offer" WHERE status = 'PUBLISHED'`);
  await client.query(
    `INSERT INTO "SearchTerm"(term) SELECT DISTINCT t FROM "Offer" o, app_offer_terms(o.title, o.summary) AS t WHERE o.status = 'PUBLISHED' ON CONFLICT DO NOTHING`,
  );
  log(`  Suchmodell und Wortschatz gefüllt (${seconds(t2)})`);
  const t3 = performance.now();
  for (const index of indexes) await client.query(index.indexdef);
  log(`  ${indexes.length} Indizes neu aufgebaut (${seconds(t3)})`);
  await client.query("RESET session_replication_role");
  await client.query("VACUUM ANALYZE");
  const { rows } = await client.query<{ offers: string; published: string; dates: string }>(
    `SELECT (SELECT count(*) FROM "Offer") AS offers, (SELECT count(*) FROM "Offer" WHERE status = 'PUBLISHED') AS published, (SELECT count(*) FROM "OfferDate") AS dates`,
  );
  log(
    `  fertig: ${Number(rows[0]!.offers).toLocaleString("de-DE")} Angebote (${Number(rows[0]!.published).toLocaleString("de-DE")} veröffentlicht), ${Number(rows[0]!.dates).toLocaleString("de-DE")} Termine, ${seconds(t0)} insgesamt`,
  );
}

async function countOffers(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Offer"`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function main() {
  const fresh = process.argv.includes("--neu");
  const log = (line: string) => console.log(line);
  const cluster = await openBenchCluster(log);
  try {
    for (const database of BENCH_DATABASES) {
      if (fresh) await dropDatabase(cluster.adminUrl, database.name);
      let prepared = await cluster.prepare(database);
      const expected = database.regions * OFFERS_PER_REGION;
      if (!prepared.created) {
        const present = await countOffers(withDatabase(cluster.adminUrl, database.name));
        if (present === expected) {
          log(
            `${database.name}: bereits gefüllt (${expected.toLocaleString("de-DE")} Angebote) – nichts zu tun (neu aufbauen: npm run bench:seed -- --neu).`,
          );
          continue;
        }
        if (present !== 0) {
          await dropDatabase(cluster.adminUrl, database.name);
          prepared = await cluster.prepare(database);
        }
      }
      log(`${database.name}: ${database.regions} Regionen × ${OFFERS_PER_REGION.toLocaleString("de-DE")} Angebote …`);
      const client = new pg.Client({ connectionString: withDatabase(cluster.adminUrl, database.name) });
      await client.connect();
      try {
        await seed(client, database, log);
      } finally {
        await client.end();
      }
    }
  } finally {
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
