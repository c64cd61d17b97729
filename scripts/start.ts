// npm start: the portal on http://localhost:3000. Without DATABASE_URL it runs an embedded
// PostgreSQL (migrated, and seeded with demo data on first start); Ctrl-C stops both.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { assertSafeDatabaseRole, disconnectDb, db } from "../lib/core/db/client.ts";
import { deliverOutbox, smtpTransport } from "../lib/core/mail/deliver-outbox.ts";
import { anonymisePastRegistrations } from "../lib/events/retention.ts";
import { runPollSchedule } from "../lib/voting/run-poll-schedule.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { log, migrateExternal, openDatabase } from "./lib/database.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.resolve("node_modules/.bin/next");

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** A build is needed when none exists or a source file is newer than it. */
function buildIsStale(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.ts",
    "postcss.config.mjs",
    "package-lock.json",
  ];
  return sources.some((source) => newestMtime(source) > built);
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

async function main() {
  const database = await openDatabase();
  let child: ChildProcess | undefined;
  let stopping = false;
  let mailTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let retentionTimer: NodeJS.Timeout | undefined;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Portal wird beendet …");
    clearInterval(mailTimer);
    clearInterval(pollTimer);
    clearInterval(retentionTimer);
    child?.kill("SIGTERM");
    await disconnectDb().catch(() => {});
    await database.cluster?.stop();
    if (database.cluster) log("Eingebettete Datenbank sauber beendet.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    await assertSafeDatabaseRole(db());
    if (database.created) await seedDemoData(log, { ownerUrl: database.ownerUrl });
    await disconnectDb();
    if (!database.authSecret) throw new Error("NEXTAUTH_SECRET ist nicht gesetzt (mindestens 32 zufällige Zeichen).");
  } catch (error) {
    console.error(`[bildungsnetz] ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
    return;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.appUrl,
    NEXTAUTH_SECRET: database.authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.MIGRATE_DATABASE_URL;
  delete env.NODE_OPTIONS;

  if (!dev && buildIsStale()) {
    log("Produktions-Build wird erstellt (einmalig, ca. 30 s) …");
    const build = run(["build"], { ...env, NODE_ENV: "production" });
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) return stop(code);
  }
  // The poll timetable (close at the end, reminders before) runs from this process too.
  process.env.DATABASE_URL = database.appUrl;
  let pollsRunning = false;
  pollTimer = setInterval(
    () => {
      if (pollsRunning) return;
      pollsRunning = true;
      runPollSchedule()
        .then(
          (r) =>
            (r.closed || r.reminded) &&
            log(`Abstimmungen: ${r.closed} geschlossen, ${r.reminded} Erinnerungen vorgemerkt`),
        )
        .catch((error) =>
          console.error(
            "[bildungsnetz] Zeitplan der Abstimmungen fehlgeschlagen:",
            error instanceof Error ? error.message : error,
          ),
        )
        .finally(() => (pollsRunning = false));
    },
    Number(process.env.BN_SCHEDULE_INTERVAL_MS ?? 15_000),
  );
  // Registrations lose their personal data RETENTION_DAYS after the event: checked hourly.
  const retention = () =>
    anonymisePastRegistrations()
      .then(
        (r) =>
          (r.anonymised || r.mailsDeleted) &&
          log(`Datensparsamkeit: ${r.anonymised} Anmeldungen anonymisiert, ${r.mailsDeleted} E-Mails gelöscht`),
      )
      .catch((error) =>
        console.error("[bildungsnetz] Anonymisierung fehlgeschlagen:", error instanceof Error ? error.message : error),
      );
  void retention();
  retentionTimer = setInterval(() => void retention(), 3_600_000);
  if (process.env.SMTP_URL) {
    // The outbox is delivered from this supervising process, every 15 seconds.
    process.env.DATABASE_URL = database.appUrl;
    const transport = smtpTransport();
    let running = false;
    mailTimer = setInterval(
      () => {
        if (running) return;
        running = true;
        deliverOutbox(transport)
          .then(
            (r) =>
              (r.sent || r.retried || r.failed) &&
              log(`E-Mail: ${r.sent} versandt, ${r.retried} später erneut, ${r.failed} aufgegeben`),
          )
          .catch((error) =>
            console.error(
              "[bildungsnetz] E-Mail-Versand fehlgeschlagen:",
              error instanceof Error ? error.message : error,
            ),
          )
          .finally(() => (running = false));
      },
      Number(process.env.BN_MAIL_INTERVAL_MS ?? 15_000),
    );
    log("E-Mail-Versand über SMTP ist aktiv.");
  }
  log(`Portal startet auf http://localhost:${port}`);
  child = run(
    dev ? ["dev", "-p", String(port)] : ["start", "-p", String(port), "-H", process.env.HOST ?? "127.0.0.1"],
    env,
  );
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error) => {
  console.error(`[bildungsnetz] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
