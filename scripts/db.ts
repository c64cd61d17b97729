// npm run db:migrate | db:seed | db:diff <name> | db:backup [path] | db:restore <file> [--force]
// | mail:deliver | polls:due | data:retention
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { backupDatabase, databaseFingerprint, resolveBackupFile, restoreDatabase } from "../lib/core/db/backup.ts";
import { withDatabase } from "../lib/core/db/bootstrap.ts";
import { disconnectDb } from "../lib/core/db/client.ts";
import { startEmbeddedCluster } from "../lib/core/db/embedded.ts";
import { DATABASE_NAME } from "../lib/core/db/roles.ts";
import { MIGRATIONS_DIR } from "../lib/core/db/migrate.ts";
import { deliverOutbox, smtpTransport } from "../lib/core/mail/deliver-outbox.ts";
import { anonymisePastRegistrations } from "../lib/events/retention.ts";
import { runPollSchedule } from "../lib/voting/run-poll-schedule.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { embeddedBaseDir, log, migrateExternal, openDatabase } from "./lib/database.ts";

const command = process.argv[2];

async function main() {
  if (command === "diff") return diff(process.argv[3]);
  if (command === "backup") return backup(process.argv[3]);
  if (command === "restore") return restore(process.argv.slice(3));
  const database = await openDatabase();
  try {
    if (command === "migrate") {
      await migrateExternal(database);
      log("Migrationen sind aktuell.");
    } else if (command === "seed") {
      await migrateExternal(database);
      process.env.DATABASE_URL = database.appUrl;
      await seedDemoData(log, { ownerUrl: database.ownerUrl });
      await disconnectDb();
    } else if (command === "deliver-mail") {
      process.env.DATABASE_URL = database.appUrl;
      const result = await deliverOutbox(smtpTransport());
      log(`E-Mail: ${result.sent} versandt, ${result.retried} später erneut, ${result.failed} aufgegeben.`);
      await disconnectDb();
    } else if (command === "polls-due") {
      process.env.DATABASE_URL = database.appUrl;
      const result = await runPollSchedule();
      log(`Abstimmungen: ${result.closed} geschlossen, ${result.reminded} Erinnerungen vorgemerkt.`);
      await disconnectDb();
    } else if (command === "retention") {
      process.env.DATABASE_URL = database.appUrl;
      const result = await anonymisePastRegistrations();
      log(`Datensparsamkeit: ${result.anonymised} Anmeldungen anonymisiert, ${result.mailsDeleted} E-Mails gelöscht.`);
      await disconnectDb();
    } else {
      throw new Error(
        "Aufruf: tsx scripts/db.ts migrate|seed|deliver-mail|polls-due|retention|diff <name>|backup [Pfad]|restore <Datei> [--force]",
      );
    }
  } finally {
    await database.cluster?.stop();
  }
}

/**
 * Writes the SQL that takes the schema of the last commit to the current schema.prisma as a
 * new migration file (prisma migrate diff needs a reachable server, so the embedded one runs).
 * Review the file and add RLS for new region tables: SELECT app_enable_region_rls('"Table"');
 */
async function diff(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Aufruf: npm run db:diff -- <name_in_snake_case>");
  const previous = path.join(mkdtempSync(path.join(tmpdir(), "bn-schema-")), "schema.prisma");
  writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  const database = await openDatabase();
  try {
    const sql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-schema-datamodel",
        previous,
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      {
        env: { ...process.env, DATABASE_URL: database.ownerUrl },
        encoding: "utf8",
      },
    );
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 17);
    const file = path.join(MIGRATIONS_DIR, `${stamp}_${name}.sql`);
    if (readdirSync(MIGRATIONS_DIR).some((f) => f.endsWith(`_${name}.sql`)))
      throw new Error(`Eine Migration ${name} gibt es schon.`);
    writeFileSync(file, `-- Up Migration\n${sql}`);
    log(`Neue Migration: ${path.relative(process.cwd(), file)}`);
  } finally {
    await database.cluster?.stop();
  }
}

/** The embedded cluster (without DATABASE_URL), started without creating or migrating anything. */
async function embeddedCluster() {
  const port = Number(process.env.BN_PG_PORT ?? 54329);
  return startEmbeddedCluster({ baseDir: embeddedBaseDir(), port, log });
}

function requiredUrl(name: string): string {
  const url = process.env[name];
  if (!url) throw new Error(`${name} fehlt (siehe README, „Sicherung und Wiederherstellung“).`);
  return url;
}

/** npm run db:backup [-- Datei oder Ordner]: custom-format dump, default .data/backups/. */
async function backup(target: string | undefined) {
  const file = resolveBackupFile(target, path.resolve(".data/backups"));
  const external = process.env.DATABASE_URL;
  const cluster = external ? null : await embeddedCluster();
  try {
    const url = external
      ? (process.env.BACKUP_DATABASE_URL ?? process.env.MIGRATE_DATABASE_URL ?? external)
      : withDatabase(cluster!.adminUrl, DATABASE_NAME);
    const { tool } = await backupDatabase(url, file, log);
    const shown = path.relative(process.cwd(), file);
    log(`Sicherung geschrieben: ${shown.startsWith("..") ? file : shown} (${path.basename(tool.path)} ${tool.major}).`);
  } finally {
    await cluster?.stop();
  }
}

/** npm run db:restore -- <Datei> [--force]: into an empty database (or recreated with --force). */
async function restore(args: string[]) {
  const force = args.includes("--force");
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Aufruf: npm run db:restore -- <Sicherungsdatei> [--force]");
  const external = process.env.DATABASE_URL;
  const cluster = external ? null : await embeddedCluster();
  try {
    let adminUrl: string, database: string, passwords: { owner: string; app: string };
    if (cluster) {
      adminUrl = cluster.adminUrl;
      database = DATABASE_NAME;
      passwords = cluster.secrets;
    } else {
      adminUrl = requiredUrl("ADMIN_DATABASE_URL");
      const appUrl = new URL(external!);
      const ownerUrl = new URL(requiredUrl("MIGRATE_DATABASE_URL"));
      database = decodeURIComponent(appUrl.pathname.slice(1));
      passwords = { owner: decodeURIComponent(ownerUrl.password), app: decodeURIComponent(appUrl.password) };
    }
    const { tool } = await restoreDatabase({ adminUrl, database, file: path.resolve(file), passwords, force, log });
    const check = await databaseFingerprint(withDatabase(adminUrl, database));
    const tables = Object.keys(check.rowCounts);
    const rows = Object.values(check.rowCounts).reduce((a, b) => a + b, 0);
    const forced = Object.values(check.rowSecurity).filter((r) => r.enabled && r.forced).length;
    log(
      `Wiederhergestellt in „${database}“ (${path.basename(tool.path)} ${tool.major}): ${tables.length} Tabellen, ` +
        `${rows} Zeilen, ${forced} Tabellen mit RLS (ENABLE + FORCE), ${check.policies.length} Policies, ` +
        `${check.functions.length} Funktionen.`,
    );
  } finally {
    await cluster?.stop();
  }
}

main().catch((error) => {
  console.error(`[bildungsnetz] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
