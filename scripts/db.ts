// npm run db:migrate | db:seed | db:diff <name> | mail:deliver | polls:due | data:retention
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { disconnectDb } from "../lib/core/db/client.ts";
import { MIGRATIONS_DIR } from "../lib/core/db/migrate.ts";
import { deliverOutbox, smtpTransport } from "../lib/core/mail/deliver-outbox.ts";
import { anonymisePastRegistrations } from "../lib/events/retention.ts";
import { runPollSchedule } from "../lib/voting/run-poll-schedule.ts";
import { seedDemoData } from "../prisma/seed.ts";
import { log, migrateExternal, openDatabase } from "./lib/database.ts";

const command = process.argv[2];

async function main() {
  if (command === "diff") return diff(process.argv[3]);
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
      throw new Error("Aufruf: tsx scripts/db.ts migrate|seed|deliver-mail|polls-due|retention|diff <name>");
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

main().catch((error) => {
  console.error(`[bildungsnetz] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
