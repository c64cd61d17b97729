// Benchmark of the public portal on the data of `npm run bench:seed` (400 regions × 2,000
// offers). Prints, in one run:
//   1. the search time at 40,000 vs 800,000 offers (use case against both databases),
//   2. requests/s and p95 of the search page (3 typical queries with filters), the offer
//      page, the region home and the NRW-wide search, against a page of the same server that
//      reads no data, measured with autocannon on 127.0.0.1 (production build, `next start`),
//   3. the JavaScript each public page template ships (gzipped bytes).
//
//   npm run bench:seed && npm run bench:public
//   BENCH_DURATION=20 BENCH_CONNECTIONS=20 npm run bench:public
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { withDatabase } from "../lib/core/db/bootstrap.ts";
import { disconnectDb } from "../lib/core/db/client.ts";
import { parseOfferQuery } from "../lib/offers/offer-query.ts";
import { searchOffers } from "../lib/offers/search-offers.ts";
import { BENCH_DATABASES, openBenchCluster } from "./support/bench-cluster.ts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const SERVER_ENV = {
  NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  NEXTAUTH_URL: BASE,
  NEXT_TELEMETRY_DISABLED: "1",
};

/** Three typical searches of a region's offer page (regions that exist in both databases). */
const REGION_SEARCHES: { region: string; params: Record<string, string> }[] = [
  { region: "bielefeld", params: { q: "Schulen", zielgruppe: "PRIMARY" } },
  { region: "koeln", params: { q: "Robtik", kostenlos: "ja" } },
  {
    region: "muenster",
    params: {
      q: "Lesefoerderung",
      feld: "uebergang-kita-grundschule",
      von: "2026-12-01",
      bis: "2027-06-30",
      sortierung: "datum",
    },
  },
];
const NRW_SEARCHES: Record<string, string>[] = [
  { q: "Theaterwerkstatt", kostenlos: "ja" },
  { q: "Robotik", zielgruppe: "SECONDARY_I" },
  { q: "Mädchen Medienkompetenz" },
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
const f1 = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const int = (n: number) => Math.round(n).toLocaleString("de-DE");
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function searchTimes(appUrl: string, label: string) {
  process.env.DATABASE_URL = appUrl;
  const regionIds = new Map<string, string>();
  const rows: { name: string; p50: number; p95: number; total: number }[] = [];
  const time = async (name: string, run: () => Promise<{ total: number }>) => {
    for (let i = 0; i < 3; i++) await run(); // warm up caches and plans
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      total = (await run()).total;
      times.push(performance.now() - t0);
    }
    rows.push({ name, p50: percentile(times, 50), p95: percentile(times, 95), total });
    console.log(
      `   ${label.padStart(7)} Angebote  ${name.padEnd(100)} ${f1(percentile(times, 50)).padStart(6)} / ${f1(percentile(times, 95)).padStart(6)} ms  (${int(total)} Treffer)`,
    );
  };
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  for (const { rows: found } of [
    await client.query<{ slug: string; id: string }>(`SELECT slug, id::text FROM "Region"`),
  ])
    for (const r of found) regionIds.set(r.slug, r.id);
  const offers = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Region"`)).rows[0]!.n) * 2000;
  await client.end();
  for (const s of REGION_SEARCHES) {
    const { query: q } = parseOfferQuery(s.params);
    await time(`${s.region}: ${query(s.params)}`, () => searchOffers({ regionId: regionIds.get(s.region)! }, q));
  }
  for (const params of NRW_SEARCHES) {
    const { query: q } = parseOfferQuery(params);
    await time(`NRW-weit: ${query(params)}`, () => searchOffers({ regionId: null }, q));
  }
  await disconnectDb();
  return { label, offers, rows };
}

function nextBin() {
  return path.resolve("node_modules/next/dist/bin/next");
}

async function waitForServer(child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start endete mit ${child.exitCode}`);
    try {
      const response = await fetch(`${BASE}/impressum`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("Der Server antwortete nicht binnen 60 s.");
}

/**
 * One measurement. `paths` are requested in turn across all connections. With `fresh`, each
 * path is requested once only (no warm-up with them): every request is a cache miss.
 */
async function load(name: string, paths: string[], options: { fresh?: boolean; warmUp?: string[] } = {}) {
  const run = (list: string[], duration: number, onResponse?: (ms: number) => void) => {
    let next = 0;
    return new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: BASE,
          connections: CONNECTIONS,
          duration,
          requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: list[next++ % list.length]! }) }],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      if (onResponse) instance.on("response", (_client, _status, _bytes, responseTime) => onResponse(responseTime));
    });
  };
  // warm-up (JIT, connections; and the cache, unless the run must miss it)
  const warm = options.warmUp ?? paths;
  if (!options.fresh) for (const p of warm) await fetch(BASE + p).then((r) => r.arrayBuffer());
  await run(warm, 3);
  const latencies: number[] = [];
  const result = await run(paths, DURATION, (ms) => latencies.push(ms));
  const failed = result.non2xx + result.errors + result.timeouts;
  const repeated =
    options.fresh && latencies.length > paths.length
      ? `  (${int(latencies.length - paths.length)} Wiederholungen!)`
      : "";
  return {
    name: name + repeated,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
    failed,
  };
}

async function javascriptBytes(pagePath: string) {
  const html = await (await fetch(BASE + pagePath)).text();
  // Scripts marked noModule (Next's legacy polyfills) are skipped by every browser that runs
  // modules, i.e. never downloaded by current browsers; they are counted apart.
  const tags = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2]!,
    noModule: /\bnomodule\b/i.test(m[1]! + m[3]!),
  }));
  const external = tags.filter((t) => !t.noModule).map((t) => t.src);
  const legacy = tags.filter((t) => t.noModule).map((t) => t.src);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join("\n");
  let files = 0;
  let gzipped = 0;
  for (const src of new Set(external)) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    files += 1;
    gzipped += gzipSync(body).length;
  }
  let legacyGzipped = 0;
  for (const src of new Set(legacy))
    legacyGzipped += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return { pagePath, files, external: gzipped, inline: gzipSync(Buffer.from(inline)).length, legacy: legacyGzipped };
}

async function main() {
  const log = (line: string) => console.log(line);
  const cluster = await openBenchCluster(() => {});
  let server: ChildProcess | undefined;
  try {
    const prepared = new Map<string, Awaited<ReturnType<typeof cluster.prepare>>>();
    for (const database of BENCH_DATABASES) {
      prepared.set(database.name, await cluster.prepare(database));
      const client = new pg.Client({ connectionString: withDatabase(cluster.adminUrl, database.name) });
      await client.connect();
      const n = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Offer"`)).rows[0]!.n);
      if (n === database.regions * 2000) await client.query("ANALYZE"); // statistics for tables a migration just filled
      await client.end();
      if (n !== database.regions * 2000)
        throw new Error(`${database.name} hat ${n} Angebote – zuerst: npm run bench:seed`);
    }
    const [small, large] = BENCH_DATABASES.map((d) => prepared.get(d.name)!.appUrl) as [string, string];

    log(
      `Öffentliches Portal – Benchmark (${new Date().toISOString().slice(0, 16)} UTC, ${CONNECTIONS} Verbindungen, ${DURATION} s je Messung)`,
    );
    log("");
    log("1. Suchzeit (Anwendungsfall searchOffers, 30 Läufe je Suche, Median / p95)");
    const timesSmall = await searchTimes(small, "40.000");
    const timesLarge = await searchTimes(large, "800.000");
    for (let i = 0; i < timesSmall.rows.length; i++)
      log(
        `   Faktor 800.000 / 40.000 (Median): ${f1(timesLarge.rows[i]!.p50 / timesSmall.rows[i]!.p50)}×  ${timesSmall.rows[i]!.name}`,
      );
    const regionRows = REGION_SEARCHES.length;
    const sum = (rows: typeof timesSmall.rows, from: number, to: number) =>
      rows.slice(from, to).reduce((s, r) => s + r.p50, 0);
    log(
      `   Regionssuche gesamt (Summe der Mediane): ${f1(sum(timesSmall.rows, 0, regionRows))} → ${f1(sum(timesLarge.rows, 0, regionRows))} ms, Faktor ${f1(sum(timesLarge.rows, 0, regionRows) / sum(timesSmall.rows, 0, regionRows))}× bei 20× so vielen Angeboten`,
    );
    log(
      `   NRW-weite Suche gesamt: ${f1(sum(timesSmall.rows, regionRows, 99))} → ${f1(sum(timesLarge.rows, regionRows, 99))} ms, Faktor ${f1(sum(timesLarge.rows, regionRows, 99) / sum(timesSmall.rows, regionRows, 99))}×`,
    );

    if (process.env.BENCH_SEARCH_ONLY === "1") return; // part 1 only (about a minute)

    if (process.env.BENCH_SKIP_BUILD !== "1") {
      log("");
      log("(next build …)");
      const build = spawnSync(process.execPath, [nextBin(), "build"], {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
        env: { ...process.env, ...SERVER_ENV },
      });
      if (build.status !== 0) throw new Error(`next build ist fehlgeschlagen:\n${build.stdout}\n${build.stderr}`);
    }
    if (
      await fetch(`${BASE}/impressum`).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`Port ${PORT} ist schon belegt – läuft noch ein Server?`);
    // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops
    const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    server = spawn(process.execPath, [...profile, nextBin(), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...SERVER_ENV, NODE_ENV: "production", DATABASE_URL: large },
    });
    await waitForServer(server);

    const client = new pg.Client({ connectionString: withDatabase(cluster.adminUrl, "bench_400_regionen") });
    await client.connect();
    const offerPaths = (
      await client.query<{ path: string }>(
        `SELECT '/' || r.slug || '/angebote/' || o.id AS path FROM "Offer" o JOIN "Region" r ON r.id = o."regionId"
        WHERE o.status = 'PUBLISHED' AND r.slug IN (SELECT slug FROM "Region" ORDER BY slug LIMIT 50) ORDER BY o.id LIMIT 200`,
      )
    ).rows.map((r) => r.path);
    const homePaths = (
      await client.query<{ path: string }>(`SELECT '/' || slug AS path FROM "Region" ORDER BY slug LIMIT 100`)
    ).rows.map((r) => r.path);
    const allSlugs = (await client.query<{ slug: string }>(`SELECT slug FROM "Region" ORDER BY md5(slug)`)).rows.map(
      (r) => r.slug,
    );
    await client.end();
    // searches that were never asked before: the three kinds of query in every region, and
    // NRW-wide queries from the vocabulary of the offers with varying filters
    const freshRegionSearches = allSlugs.flatMap((slug) =>
      REGION_SEARCHES.map((s) => `/${slug}/angebote?${query(s.params)}`),
    );
    const words = [
      "Robotik",
      "Theater",
      "Lesefoerderung",
      "Sprachcafe",
      "Bewerbungstraining",
      "Schulgarten",
      "Medienkompetenz",
      "Musikwerkstatt",
      "Naturerlebnis",
      "Praktikumsboerse",
      "Tablets",
      "Inklusion",
      "Bibliothek",
      "Forscherwerkstatt",
      "Elterncafe",
      "Waldpaedagogik",
    ];
    const groups = ["PRIMARY", "SECONDARY_I", "SECONDARY_II", "PARENTS", "PROFESSIONALS", "EARLY_CHILDHOOD"];
    const freshNrwSearches = words.flatMap((q) =>
      groups.flatMap((zielgruppe) => [
        `/angebote?${query({ q, zielgruppe })}`,
        `/angebote?${query({ q, zielgruppe, kostenlos: "ja" })}`,
        `/angebote?${query({ q, zielgruppe, sortierung: "datum" })}`,
        `/angebote?${query({ q, zielgruppe, rollstuhlgerecht: "ja" })}`,
        `/angebote?${query({ q, zielgruppe, seite: "2" })}`,
        `/angebote?${query({ q, zielgruppe, seite: "3" })}`,
        `/angebote?${query({ q, zielgruppe, "leichte-sprache": "ja" })}`,
        `/angebote?${query({ q, zielgruppe, von: "2027-01-01" })}`,
        `/angebote?${query({ q, zielgruppe, art: "PROJECT" })}`,
      ]),
    );

    log("");
    log(`2. Durchsatz über HTTP (800.000 Angebote, autocannon, ${CONNECTIONS} Verbindungen, ${DURATION} s)`);
    const results = [
      await load("Seite ohne Daten (/impressum)", ["/impressum"]),
      await load("Suche in einer Region, neue Suchen (ungecacht)", freshRegionSearches.slice(60), {
        fresh: true,
        warmUp: freshRegionSearches.slice(0, 60),
      }),
      await load(
        "Suche in einer Region, 3 wiederholte Suchen",
        REGION_SEARCHES.map((s) => `/${s.region}/angebote?${query(s.params)}`),
      ),
      await load("Angebotsseite (200 Angebote, gecacht)", offerPaths),
      await load("Startseite der Region (100 Regionen, gecacht)", homePaths),
      await load("NRW-weite Suche, neue Suchen (ungecacht)", freshNrwSearches.slice(20), {
        fresh: true,
        warmUp: freshNrwSearches.slice(0, 20),
      }),
    ];
    const reference = results[0]!;
    for (const r of results) {
      const ratio = r === reference ? "" : `  = ${int((r.rps / reference.rps) * 100)} % der Seite ohne Daten`;
      log(
        `   ${r.name.padEnd(52)} ${f1(r.rps).padStart(7)} Anfr./s   p50 ${f1(r.p50).padStart(6)} ms   p95 ${f1(r.p95).padStart(6)} ms${ratio}${r.failed ? `   FEHLER: ${r.failed}` : ""}`,
      );
    }

    log("");
    log("3. JavaScript je öffentlicher Seitenvorlage (gzip)");
    const templates = [
      "/impressum",
      "/",
      "/angebote",
      homePaths[0]!,
      `${homePaths[0]}/angebote`,
      offerPaths[0]!,
      `${homePaths[0]}/termine`,
      `${homePaths[0]}/gremien/lenkungskreis`,
      `${homePaths[0]}/impressum`,
      `${homePaths[0]}/veranstaltungen/stornieren/link-aus-der-e-mail`,
    ];
    for (const t of templates) {
      const js = await javascriptBytes(t);
      log(
        `   ${t.padEnd(70)} ${String(js.files).padStart(2)} Dateien ${f1(js.external / 1024).padStart(6)} KB + eingebettet ${f1(js.inline / 1024).padStart(5)} KB = ${f1((js.external + js.inline) / 1024)} KB  (nur für Browser ohne Module: ${f1(js.legacy / 1024)} KB)`,
      );
    }
  } finally {
    server?.kill("SIGTERM");
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
