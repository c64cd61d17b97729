// Where the portal's database comes from: DATABASE_URL (any PostgreSQL ≥ 15), or the
// embedded PostgreSQL in a git-ignored data folder.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedCluster, type EmbeddedCluster } from "../../lib/core/db/embedded.ts";
import { DATABASE_NAME } from "../../lib/core/db/roles.ts";
import { prepareDatabase } from "../../lib/core/db/setup.ts";
import { migrate } from "../../lib/core/db/migrate.ts";

export interface RuntimeDatabase {
  appUrl: string;
  ownerUrl: string;
  /** True when the database was created by this run (then it still needs demo data). */
  created: boolean;
  cluster: EmbeddedCluster | null;
  authSecret: string | undefined;
}

export const log = (line: string) => console.log(`[bildungsnetz] ${line}`);

export function embeddedBaseDir(): string {
  return path.resolve(process.env.BN_DATA_DIR ?? ".data/dev");
}

function authSecretIn(baseDir: string): string {
  const file = path.join(baseDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

export async function openDatabase(): Promise<RuntimeDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const ownerUrl = process.env.MIGRATE_DATABASE_URL ?? url;
    return { appUrl: url, ownerUrl, created: false, cluster: null, authSecret: process.env.NEXTAUTH_SECRET };
  }
  const baseDir = embeddedBaseDir();
  process.env.FILE_STORAGE_DIR ??= path.join(baseDir, "files");
  const port = Number(process.env.BN_PG_PORT ?? 54329);
  const cluster = await startEmbeddedCluster({ baseDir, port, log });
  try {
    log(
      `Eingebettete PostgreSQL läuft auf 127.0.0.1:${port} (Daten in ${path.relative(process.cwd(), baseDir) || baseDir}).`,
    );
    const prepared = await prepareDatabase(cluster.adminUrl, DATABASE_NAME, cluster.secrets, log);
    return { ...prepared, cluster, authSecret: process.env.NEXTAUTH_SECRET ?? authSecretIn(baseDir) };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

export async function migrateExternal(database: RuntimeDatabase): Promise<void> {
  if (database.cluster) return; // prepareDatabase already migrated the embedded database
  await migrate(database.ownerUrl, log);
}
