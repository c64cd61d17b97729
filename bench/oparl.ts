// Benchmark of the OParl endpoint: a region with 1,000 public meetings (4,000 TOPs, 1,000
// decisions, 40 internal meetings, 30 named members) in an embedded PostgreSQL, the
// production build (`next start`) and autocannon on 127.0.0.1. Prints requests/s, p50/p95
// and answer size of /api/oparl/v1/body/{id}/meeting (first page, with omit_internal, every
// page by its next link, the largest page of 250), of single meetings, and of a page of the same
// server that reads no data; then the time one client needs to mirror all meetings.
//
//   npm run bench:oparl
//   BENCH_SKIP_BUILD=1 BENCH_DURATION=20 npm run bench:oparl
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { disconnectDb, withoutRegion, withRegion } from "../lib/core/db/client.ts";
import { migrateExternal, openDatabase } from "../scripts/lib/database.ts";
import { createPerson, createRegion, createStandardStructure, createMembership } from "../tests/factories/index.ts";

const MEETINGS = 1000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const SLUG = "bench-oparl";
const SERVER_ENV = {
  NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  NEXTAUTH_URL: BASE,
  NEXT_TELEMETRY_DISABLED: "1",
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
const f1 = (n: number) => n.toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

async function seed() {
  const existing = await withoutRegion((tx) => tx.region.findUnique({ where: { slug: SLUG } }));
  if (existing) return;
  console.log(`(lege ${MEETINGS} Sitzungen an …)`);
  const region = await withoutRegion((tx) => createRegion(tx, { slug: SLUG, name: "Kreis Benchmark" }));
  await withRegion(
    region.id,
    async (tx) => {
      const s = await createStandardStructure(tx, region.id);
      await tx.cooperationAgreement.create({
        data: { regionId: region.id, signedOn: new Date("2024-02-01"), parties: "Land NRW und Kreis Benchmark" },
      });
      for (let i = 0; i < 30; i++) {
        const person = await createPerson(tx, region.id, {
          givenName: `Vorname${i}`,
          familyName: `Mitglied${i}`,
          organisation: `Institution ${i % 7}`,
          publicationConsent: i % 3 !== 0,
        });
        await createMembership(tx, region.id, {
          bodyId: (i % 2 ? s.steering : s.conference).id,
          personId: person.id,
          seatCategoryId: s.categories[i % s.categories.length]!.id,
        });
      }
      const start = Date.UTC(2022, 0, 10, 15);
      for (let i = 0; i < MEETINGS + 40; i++) {
        const isPublic = i < MEETINGS;
        const body = i % 3 === 0 ? s.conference : s.steering;
        const meeting = await tx.meeting.create({
          data: {
            regionId: region.id,
            bodyId: body.id,
            title: `${i + 1}. Sitzung ${body.name}`,
            startsAt: new Date(start + i * 3 * 86_400_000),
            location: `Kreishaus, Raum ${100 + (i % 20)}`,
            isPublic,
            status: "HELD",
          },
        });
        await tx.agendaItem.createMany({
          data: [0, 1, 2, 3].map((n) => ({
            regionId: region.id,
            meetingId: meeting.id,
            position: n + 1,
            number: `TOP ${n + 1}`,
            title: `Tagesordnungspunkt ${n + 1} der Sitzung ${i + 1}: Übergang Schule – Beruf, Sprachförderung und Ganztag`,
            kind: "DECISION" as const,
            isPublic: n !== 3,
          })),
        });
        const first = await tx.agendaItem.findFirstOrThrow({
          where: { regionId: region.id, meetingId: meeting.id, position: 1 },
        });
        await tx.decision.create({
          data: {
            regionId: region.id,
            bodyId: body.id,
            meetingId: meeting.id,
            agendaItemId: first.id,
            number: `${2022 + Math.floor(i / 120)}/${String((i % 120) + 1).padStart(3, "0")}`,
            text: "Der Lenkungskreis beschließt die Vorlage und beauftragt das Bildungsbüro mit der Umsetzung.",
            outcome: "ADOPTED",
            yesCount: 9,
            noCount: 1,
            abstainCount: 0,
            decidedOn: meeting.startsAt,
          },
        });
      }
    },
    { timeoutMs: 600_000 },
  );
}

function nextBin() {
  return path.resolve("node_modules/next/dist/bin/next");
}

async function waitForServer(child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start endete mit ${child.exitCode}`);
    if (
      await fetch(`${BASE}/impressum`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("Der Server antwortete nicht binnen 60 s.");
}

async function load(name: string, paths: string[]) {
  const run = (duration: number, onResponse?: (ms: number, bytes: number) => void) => {
    let next = 0;
    return new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: BASE,
          connections: CONNECTIONS,
          duration,
          requests: [
            { method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) },
          ],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      if (onResponse)
        instance.on("response", (_client, _status, bytes, responseTime) => onResponse(responseTime, bytes));
    });
  };
  await run(3); // warm-up: JIT, pool, plans
  const latencies: number[] = [];
  let bytes = 0;
  const result = await run(DURATION, (ms, size) => {
    latencies.push(ms);
    bytes += size;
  });
  return {
    name,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    kb: bytes / latencies.length / 1024,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

async function main() {
  process.env.BN_DATA_DIR ??= ".data/bench-oparl";
  process.env.BN_PG_PORT ??= "54379";
  const database = await openDatabase();
  let server: ChildProcess | undefined;
  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    await seed();
    await disconnectDb();

    if (process.env.BENCH_SKIP_BUILD !== "1") {
      console.log("(next build …)");
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
    server = spawn(process.execPath, [nextBin(), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...SERVER_ENV, NODE_ENV: "production", DATABASE_URL: database.appUrl },
    });
    await waitForServer(server);

    // One client mirrors every meeting by following the next links.
    const list = `/api/oparl/v1/body/${SLUG}/meeting`;
    const pages: string[] = [];
    const ids = new Set<string>();
    let tombstones = 0;
    const t0 = performance.now();
    for (let url: string | undefined = BASE + list; url;) {
      pages.push(url.slice(BASE.length));
      const answer = (await (await fetch(url)).json()) as {
        data: { id: string; deleted?: boolean }[];
        links: { next?: string };
      };
      for (const m of answer.data) {
        if (m.deleted) tombstones++;
        else ids.add(m.id);
      }
      url = answer.links.next;
    }
    const mirror = performance.now() - t0;
    if (ids.size !== MEETINGS || tombstones !== 0)
      throw new Error(`Erwartet ${MEETINGS} öffentliche Sitzungen, gelesen ${ids.size} (+${tombstones} gelöschte)`);
    const single = [...ids].slice(0, 200).map((id) => new URL(id).pathname);

    console.log(
      `OParl-Benchmark (${new Date().toISOString().slice(0, 16)} UTC): ${MEETINGS} öffentliche Sitzungen mit je 3 öffentlichen TOPs und einem Beschluss; ${CONNECTIONS} Verbindungen, ${DURATION} s je Messung`,
    );
    console.log(`   Spiegeln aller Sitzungen über next-Links (1 Client): ${pages.length} Seiten in ${f1(mirror)} ms`);
    const results = [
      await load("Seite ohne Daten (/impressum)", ["/impressum"]),
      await load(`${list} (erste Seite, 100 Sitzungen mit TOPs)`, [list]),
      await load(`${list}?omit_internal (erste Seite, ohne TOPs)`, [`${list}?omit_internal=true`]),
      await load(`${list} – alle ${pages.length} Seiten im Wechsel`, pages),
      await load(`${list}?limit=250 (größte erlaubte Seite)`, [`${list}?limit=250`]),
      await load("einzelne Sitzung (200 im Wechsel)", single),
    ];
    for (const r of results) {
      const ratio = r === results[0] ? "" : `  = ${Math.round((r.rps / results[0]!.rps) * 100)} % der Seite ohne Daten`;
      console.log(
        `   ${r.name.padEnd(78)} ${f1(r.rps).padStart(7)} Anfr./s   p50 ${f1(r.p50).padStart(7)} ms   p95 ${f1(r.p95).padStart(7)} ms   ${f1(r.kb).padStart(7)} KB${ratio}${r.failed ? `   FEHLER: ${r.failed}` : ""}`,
      );
    }
    const meetingsPerSecond = results[3]!.rps * 100;
    console.log(`   ⇒ ${Math.round(meetingsPerSecond).toLocaleString("de-DE")} Sitzungen/s über die paginierte Liste`);
  } finally {
    server?.kill("SIGTERM");
    await disconnectDb();
    await database.cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
