// npm test: unit and integration tests (vitest), browser tests (Playwright, system Chromium),
// and — where TEST_PG15_ADMIN_URL is set (.ci/run) — the integration suite once more on
// PostgreSQL 15. Ends with the line `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const resultsDir = path.resolve(".data/test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let runnerFailed = false;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) runnerFailed = true;
}

function countVitest(file: string, label: string) {
  if (!existsSync(file)) return missing(label);
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string, label: string) {
  if (!existsSync(file)) return missing(label);
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected + (report.errors?.length ?? 0);
  total.skipped += report.stats.skipped;
}

function missing(label: string) {
  console.error(`${label}: kein Ergebnisbericht – der Testlauf ist abgebrochen.`);
  total.failed += 1;
}

const only = process.argv[2]; // optional: unit | integration | e2e
const vitestProjects = only === "e2e" ? [] : only ? [only] : ["unit", "integration"];

/** One vitest pass over `projects`, counted from its JSON report; `prefix` runs it under another command. */
function vitestPass(
  label: string,
  report: string,
  projects: string[],
  options: { prefix?: string[]; env?: Record<string, string> } = {},
) {
  const out = path.join(resultsDir, `${report}.json`);
  const [command, ...prefixArgs] = [...(options.prefix ?? []), "npx"];
  run(
    label,
    command!,
    [
      ...prefixArgs,
      "vitest",
      "run",
      ...projects.flatMap((p) => ["--project", p]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ],
    options.env,
  );
  countVitest(out, report);
}

if (vitestProjects.length > 0)
  vitestPass("Unit- und Integrationstests (embedded PostgreSQL 18)", "vitest", vitestProjects);

// TEST_CLOCK_SHIFT (e.g. "+400d", set by .ci/run): unit and integration tests once more with the
// system clock moved by libfaketime, which the embedded PostgreSQL inherits — a test that
// hard-codes "the future" fails here the day it is written, not a year later.
const clockShift = process.env.TEST_CLOCK_SHIFT;
if (clockShift && vitestProjects.length > 0) {
  if (spawnSync("faketime", ["-f", clockShift, "true"]).status !== 0) {
    console.error(
      `TEST_CLOCK_SHIFT=${clockShift}: faketime fehlt (Debian-Paket faketime) – der Lauf mit verschobener Uhr fehlt.`,
    );
    total.failed += 1;
  } else {
    vitestPass(`Unit- und Integrationstests mit verschobener Uhr (${clockShift})`, "vitest-shifted", vitestProjects, {
      prefix: ["faketime", "-f", clockShift],
    });
  }
}

if (process.env.TEST_PG15_ADMIN_URL && (!only || only === "integration")) {
  vitestPass("Integrationstests auf PostgreSQL 15", "vitest-pg15", ["integration"], {
    env: { TEST_ADMIN_DATABASE_URL: process.env.TEST_PG15_ADMIN_URL },
  });
}

/** Browser tests need Chromium; as root we may install Debian's package (no browser downloads here). */
function ensureChromium(): boolean {
  const binary = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(binary)) return true;
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log("Chromium fehlt – wird über apt installiert …");
    const ok = spawnSync(
      "sh",
      ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"],
      { stdio: "inherit" },
    );
    if (ok.status === 0 && existsSync(binary)) return true;
  }
  console.error(
    `Chromium wurde nicht gefunden (${binary}). Installieren Sie das Debian-Paket chromium oder setzen Sie CHROMIUM_PATH.`,
  );
  return false;
}

if ((!only || only === "e2e") && !ensureChromium()) {
  total.failed += 1;
} else if (!only || only === "e2e") {
  const out = path.join(resultsDir, "playwright.json");
  const dataDir = path.resolve(".data/e2e");
  rmSync(dataDir, { recursive: true, force: true }); // a fresh database for every browser run
  run("Browsertests (Playwright, Chromium)", "npx", ["playwright", "test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    E2E_DATA_DIR: dataDir,
  });
  countPlaywright(out, "playwright");
}

if (runnerFailed && total.failed === 0) total.failed = 1; // a runner crashed without counting
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
