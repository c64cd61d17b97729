// Issue 19 (remainder): an internal page while the database cannot be reached. A second
// portal process (`next start` on the same build) reaches the e2e database through a TCP
// relay of this test; cutting the relay is the outage — for that process only, the suite's
// server and the other specs keep their database. The page answers 503 with the German
// "bitte erneut versuchen" page and a link to the same address, which works again once the
// database is back.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, expectNoAxeViolations, test, DEMO_PASSWORD, LOGINS } from "./fixtures";

const DATA_DIR = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e");
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349);

/** A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused) and restored. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(readonly port: number) {}

  async open() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(PG_PORT, "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async cut() {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let relay: Relay;
let portal: ChildProcess;
let base: string;
const portalLog: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(90_000);
  relay = new Relay(await freePort());
  await relay.open();
  const secrets = JSON.parse(readFileSync(path.join(DATA_DIR, "secrets.json"), "utf8")) as { app: string };
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  portal = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `postgresql://bildungsnetz_app:${encodeURIComponent(secrets.app)}@127.0.0.1:${relay.port}/bildungsnetz`,
        DATABASE_POOL_SIZE: "2",
        NEXTAUTH_SECRET: readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim(),
        NEXTAUTH_URL: base,
        FILE_STORAGE_DIR: path.join(DATA_DIR, "files"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  portal.stdout!.on("data", (chunk: Buffer) => portalLog.push(chunk.toString()));
  portal.stderr!.on("data", (chunk: Buffer) => portalLog.push(chunk.toString()));
  for (const deadline = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
    if (portal.exitCode !== null) throw new Error(`next start endete: ${portalLog.join("")}`);
    if (Date.now() > deadline) throw new Error(`next start antwortete nicht: ${portalLog.join("")}`);
    const up = await fetch(`${base}/anmelden`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
  }
});

test.afterAll(async () => {
  portal?.kill("SIGTERM");
  await relay?.cut();
});

test("an internal page during a database outage: 503, the German 'bitte erneut versuchen' page, a link to the same address", async ({
  page,
}) => {
  test.setTimeout(60_000);
  // log in at the second process (next-auth's credentials endpoint, as loginAs does)
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const login = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: LOGINS.mettmannSteering, password: DEMO_PASSWORD, json: "true" },
    headers: { origin: base },
    maxRedirects: 0,
  });
  expect(login.status()).toBeLessThan(400);
  const address = `${base}/kreis-mettmann/intern/sitzungen`;
  expect((await page.goto(address))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sitzungen");

  await relay.cut();
  const during = await page.goto(address);
  expect(during?.status()).toBe(503);
  expect(during?.headers()["retry-after"]).toBe("5");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Seite ist gleich wieder da");
  await expect(
    page.getByText("Die Datenbank ist gerade nicht erreichbar – bitte versuchen Sie es in einem Moment erneut."),
  ).toBeVisible();
  const again = page.getByRole("link", { name: "Seite erneut laden" });
  await expect(again).toHaveAttribute("href", "/kreis-mettmann/intern/sitzungen");
  await expectNoAxeViolations(page);

  await relay.open();
  await again.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sitzungen");
  await expect(page).toHaveURL(address);
});
