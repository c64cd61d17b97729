import { defineConfig } from "@playwright/test";

// Browser tests run against the production build served by scripts/start.ts — the same
// path as `npm start` — on its own embedded database (fresh per run, see scripts/test.ts).
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.ts",
    url: `${baseURL}/anmelden`,
    timeout: 600_000, // a cold `next build` on a busy 2-core machine can take over 4 minutes
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      BN_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      BN_PG_PORT: process.env.E2E_PG_PORT ?? "54349",
      NEXTAUTH_URL: baseURL,
      // Mail goes to the loopback SMTP server of tests/e2e/global-setup.ts, every 2 s.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
      BN_MAIL_INTERVAL_MS: "2000",
    },
  },
});
