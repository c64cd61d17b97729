// npm run bench:db-restart – reliability drill "database restart under load" (issue 19).
// Starts the portal (production build, `next start` on 127.0.0.1:3218) on an embedded
// PostgreSQL (.data/bench-db-restart, port 54388, demo data), puts it under load with
// autocannon (a region's start page and a search) while an office creates offers through the
// use case, restarts PostgreSQL in the middle (stop, 2 s down, start of the cluster) and prints:
// requests ok / failed before, during and after the outage, what the failing ones answered,
// the time to recover, whether the notification listener is back (a kept page is dropped
// after an edit made after the restart), and whether any write was only half done (every
// offer has its audit row and every audit row its offer).
// BENCH_SKIP_BUILD=1 takes the existing build; BENCH_OUTAGE_MS sets how long PostgreSQL stays down.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { withDatabase } from "../lib/core/db/bootstrap.ts";
import { disconnectDb } from "../lib/core/db/client.ts";
import { startEmbeddedCluster, type EmbeddedCluster } from "../lib/core/db/embedded.ts";
import { prepareDatabase } from "../lib/core/db/setup.ts";
import { createOffer } from "../lib/offers/manage-offers.ts";
import { saveLegalPage } from "../lib/regions/legal-pages.ts";
import { loadRegionAccess } from "../lib/tenancy/region-access.ts";
import type { Actor } from "../lib/tenancy/actor.ts";
import { seedDemoData } from "../prisma/seed.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3218);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54388);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench-db-restart");
const DATABASE = "bench_restart";
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const RESTART_AFTER_MS = 7_000;
/** How long PostgreSQL stays down between stop and start (BENCH_OUTAGE_MS). */
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 2_000);
const WRITE_EVERY_MS = 250;
const REGION = "kreis-mettmann";
const PATHS = [`/${REGION}`, `/${REGION}/angebote?q=Lesen`, `/${REGION}/angebote?q=Natur&kostenlos=ja`];
const SERVER_ENV = {
  NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  NEXTAUTH_URL: BASE,
  NEXT_TELEMETRY_DISABLED: "1",
};

const log = (line: string) => console.log(line);
const nextBin = () => path.resolve("node_modules/next/dist/bin/next");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const int = (n: number) => Math.round(n).toLocaleString("de-DE");

async function waitForServer(child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start endete mit ${child.exitCode}`);
    const up = await fetch(`${BASE}/impressum`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await sleep(300);
  }
  throw new Error("Der Server antwortete nicht binnen 60 s.");
}

type Phase = "vorher" | "Ausfall" | "nachher";
interface Sample {
  at: number;
  status: number; // 0: socket error
}

async function main() {
  let cluster: EmbeddedCluster = await startEmbeddedCluster({ baseDir: DATA_DIR, port: PG_PORT, log });
  let server: ChildProcess | undefined;
  const serverErrors: string[] = [];
  try {
    const database = await prepareDatabase(cluster.adminUrl, DATABASE, cluster.secrets);
    process.env.DATABASE_URL = database.appUrl;
    if (database.created) await seedDemoData(log, { ownerUrl: database.ownerUrl });
    const admin = () => new pg.Client({ connectionString: withDatabase(cluster.adminUrl, DATABASE) });
    const lookup = admin();
    await lookup.connect();
    const { rows } = await lookup.query<{ regionId: string; userId: string }>(
      `SELECT r.id AS "regionId", rr."userId" AS "userId" FROM "Region" r
         JOIN "RegionRole" rr ON rr."regionId" = r.id AND rr.role = 'OFFICE_LEAD'
        WHERE r.slug = $1 LIMIT 1`,
      [REGION],
    );
    await lookup.end();
    const { regionId, userId } = rows[0]!;
    const access = await loadRegionAccess(regionId, userId);
    const office: Actor = { regionId, userId, can: access.can };

    if (process.env.BENCH_SKIP_BUILD !== "1") {
      log("(next build …)");
      const build = spawnSync(process.execPath, [nextBin(), "build"], {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
        env: { ...process.env, ...SERVER_ENV },
      });
      if (build.status !== 0) throw new Error(`next build ist fehlgeschlagen:\n${build.stdout}\n${build.stderr}`);
    }
    const busy = await fetch(`${BASE}/impressum`).then(
      () => true,
      () => false,
    );
    if (busy) throw new Error(`Port ${PORT} ist schon belegt – läuft noch ein Server?`);
    server = spawn(process.execPath, [nextBin(), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ...SERVER_ENV, NODE_ENV: "production", DATABASE_URL: database.appUrl },
    });
    server.stderr!.on("data", (chunk: Buffer) => serverErrors.push(chunk.toString()));
    await waitForServer(server);
    for (const p of PATHS) await fetch(BASE + p).then((r) => r.arrayBuffer());

    // --- load, writes, probe, restart ---
    const runId = Date.now().toString(36);
    const samples: Sample[] = [];
    const probes: Sample[] = [];
    let unavailableBody: string | undefined;
    let otherFailureBody: string | undefined;
    const writes = { ok: 0, failed: 0, errors: new Map<string, number>() };
    let stopAt = 0;
    let upAt = 0;
    let loadRunning = true;

    let next = 0;
    const started = Date.now();
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: BASE,
          connections: CONNECTIONS,
          duration: DURATION_S,
          timeout: 5,
          requests: [
            { method: "GET", setupRequest: (request) => ({ ...request, path: PATHS[next++ % PATHS.length]! }) },
          ],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on("response", (_client, status) => samples.push({ at: Date.now(), status }));
      instance.on("reqError", () => samples.push({ at: Date.now(), status: 0 }));
    });
    const writer = (async () => {
      for (let n = 1; loadRunning; n++) {
        await createOffer(office, {
          title: `Drill ${runId} ${n}`,
          summary: "Angelegt während des Datenbank-Neustarts.",
          kind: "PROJECT",
          isFree: "on",
        }).then(
          () => writes.ok++,
          (error: unknown) => {
            writes.failed++;
            const message = (error instanceof Error ? error.message : String(error)).split("\n").at(-1)!.slice(0, 120);
            writes.errors.set(message, (writes.errors.get(message) ?? 0) + 1);
          },
        );
        await sleep(WRITE_EVERY_MS);
      }
    })();
    const prober = (async () => {
      while (loadRunning) {
        const sample = await fetch(`${BASE}/${REGION}/impressum`).then(
          async (r) => {
            const body = await r.text();
            if (r.status === 503) unavailableBody ??= body;
            else if (r.status !== 200) otherFailureBody ??= `${r.status}: ${body}`;
            return { at: Date.now(), status: r.status };
          },
          () => ({ at: Date.now(), status: 0 }),
        );
        probes.push(sample);
        await sleep(50);
      }
    })();
    const restart = (async () => {
      await sleep(RESTART_AFTER_MS);
      stopAt = Date.now();
      await cluster.stop();
      log(`PostgreSQL gestoppt nach ${int(stopAt - started)} ms (Stoppen dauerte ${int(Date.now() - stopAt)} ms)`);
      await sleep(OUTAGE_MS);
      cluster = await startEmbeddedCluster({ baseDir: DATA_DIR, port: PG_PORT, log });
      upAt = Date.now();
      log(`PostgreSQL wieder gestartet nach ${int(upAt - stopAt)} ms Ausfall`);
    })();
    const result = await load;
    loadRunning = false;
    await Promise.all([writer, prober, restart]);

    // --- figures ---
    const firstOkAfter = (list: Sample[], from: number) => list.find((s) => s.at >= from && s.status === 200)?.at;
    const recovered = Math.min(firstOkAfter(samples, upAt) ?? Infinity, firstOkAfter(probes, upAt) ?? Infinity);
    const phaseOf = (s: Sample): Phase => (s.at < stopAt ? "vorher" : s.at < recovered ? "Ausfall" : "nachher");
    log("");
    log(`Last: autocannon ${CONNECTIONS} Verbindungen, ${DURATION_S} s, ${PATHS.join(" | ")}`);
    log(`      ${int(result.requests.total)} Anfragen, ${int(result.requests.average)}/s im Mittel`);
    log("Antworten je Abschnitt (Last + Probe auf das Impressum alle 50 ms):");
    for (const phase of ["vorher", "Ausfall", "nachher"] as Phase[]) {
      const all = [...samples, ...probes].filter((s) => phaseOf(s) === phase);
      const count = (test: (s: Sample) => boolean) => all.filter(test).length;
      log(
        `  ${phase.padEnd(8)} ${int(all.length).padStart(7)}: 200 ${int(count((s) => s.status === 200))}, ` +
          `503 ${int(count((s) => s.status === 503))}, andere ${int(count((s) => s.status !== 200 && s.status !== 503 && s.status !== 0))}, ` +
          `Verbindungsfehler ${int(count((s) => s.status === 0))}`,
      );
    }
    const statuses = new Map<number, number>();
    for (const s of [...samples, ...probes])
      if (s.status !== 200) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
    log(`  Fehlerstatus gesamt: ${[...statuses].map(([s, n]) => `${s || "Socket"}×${int(n)}`).join(", ") || "keine"}`);
    log(
      `Ausfall: PostgreSQL ${int(upAt - stopAt)} ms weg; erste 200 nach dem Neustart nach ${
        Number.isFinite(recovered) ? `${int(recovered - upAt)} ms (${int(recovered - stopAt)} ms nach dem Stopp)` : "–"
      }`,
    );
    const stackTrace = (body: string | undefined) => !!body && /\n\s+at |Error:|node_modules/.test(body);
    if (unavailableBody)
      log(
        `503-Seite: „bitte erneut versuchen“ ${/erneut/i.test(unavailableBody) ? "ja" : "NEIN"}, Stacktrace ${stackTrace(unavailableBody) ? "JA" : "nein"}`,
      );
    if (otherFailureBody)
      log(
        `Andere Fehlerseite (erste): ${otherFailureBody
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .slice(0, 200)}`,
      );
    log(
      `Schreibende Anwendungsfälle (Angebot anlegen alle ${WRITE_EVERY_MS} ms): ${writes.ok} ok, ${writes.failed} fehlgeschlagen`,
    );
    for (const [message, n] of writes.errors) log(`  ${n}× ${message}`);

    // the listener: back on a connection of its own, and it drops a kept page after an edit
    const check = admin();
    await check.connect();
    const listeners = (
      await check.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'bildungsnetz-listen' AND query ILIKE 'LISTEN%'`,
      )
    ).rows[0]!.n;
    const page = `${BASE}/${REGION}/impressum`;
    await fetch(page).then((r) => r.arrayBuffer());
    const kept = (await fetch(page).then((r) => (r.arrayBuffer(), r.headers.get("x-page-cache")))) === "hit";
    const text = `Nach dem Neustart geändert ${runId}`;
    await saveLegalPage(office, { kind: "IMPRINT", body: text });
    const edited = Date.now();
    let seenAfter: number | undefined;
    while (Date.now() - edited < 5_000) {
      if ((await fetch(page).then((r) => r.text())).includes(text)) {
        seenAfter = Date.now() - edited;
        break;
      }
      await sleep(10);
    }
    log(
      `Änderungsmeldungen: ${listeners} Verbindung(en) des Servers hören wieder (LISTEN); Seite vor der Änderung gehalten: ${kept ? "ja" : "nein"}; ` +
        `Änderung nach ${seenAfter === undefined ? "> 5000" : int(seenAfter)} ms sichtbar`,
    );

    // half-written rows: every drill offer has its audit row, and every audit row its offer
    const { rows: counts } = await check.query<{
      offers: number;
      audits: number;
      orphanOffers: number;
      orphanAudits: number;
    }>(
      `SELECT (SELECT count(*)::int FROM "Offer" WHERE title LIKE $1) AS offers,
              (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'offer.created' AND details->>'title' LIKE $1) AS audits,
              (SELECT count(*)::int FROM "Offer" o WHERE o.title LIKE $1 AND NOT EXISTS (
                 SELECT 1 FROM "AuditEvent" a WHERE a."regionId" = o."regionId" AND a.action = 'offer.created' AND a."entityId" = o.id::text)) AS "orphanOffers",
              (SELECT count(*)::int FROM "AuditEvent" a WHERE a.action = 'offer.created' AND a.details->>'title' LIKE $1 AND NOT EXISTS (
                 SELECT 1 FROM "Offer" o WHERE o."regionId" = a."regionId" AND o.id::text = a."entityId")) AS "orphanAudits"`,
      [`Drill ${runId} %`],
    );
    await check.end();
    const c = counts[0]!;
    log(
      `Halbe Schreibvorgänge: ${c.offers} Angebote, ${c.audits} Protokolleinträge; ohne Protokoll ${c.orphanOffers}, Protokoll ohne Angebot ${c.orphanAudits} ` +
        `(gemeldet ok ${writes.ok}${c.offers > writes.ok ? `; ${c.offers - writes.ok} als fehlgeschlagen gemeldete kamen vor dem Abbruch noch zum Commit` : ""})`,
    );
    const serverLog = path.join(DATA_DIR, "server-stderr.log");
    writeFileSync(serverLog, serverErrors.join(""));
    const traces = serverErrors.join("").match(/\n\s+at /g)?.length ?? 0;
    log(
      `Server-Log (stderr, ${path.relative(process.cwd(), serverLog)}): ${int(serverErrors.join("").split("\n").filter(Boolean).length)} Zeilen, ${traces} Stack-Zeilen`,
    );
  } finally {
    server?.kill("SIGTERM");
    await disconnectDb().catch(() => {});
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
