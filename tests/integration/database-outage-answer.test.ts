// Issue 19 (remainder): during a database outage an internal (App Router) page showed the
// generic 500 page. The database layer now turns "not reachable" into an error whose digest
// the browser's error pages recognise, and marks the request so that its 500 goes out as
// 503 with Retry-After. Here with a real unreachable server and a real HTTP server; the
// page itself in the browser: tests/e2e/database-outage.spec.ts.
import http from "node:http";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readGlobal, withRegion } from "../../lib/core/db/client.ts";
import { isDatabaseUnavailable } from "../../lib/core/db/errors.ts";
import { answer503DuringOutage } from "../../lib/core/http/outage-status.ts";
import { DATABASE_UNAVAILABLE_DIGEST } from "../../lib/core/http/outage-digest.ts";

const realUrl = process.env.DATABASE_URL!;
afterEach(() => {
  process.env.DATABASE_URL = realUrl;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Points the process's Prisma client at a port where no database listens. */
async function databaseStopped() {
  const url = new URL(realUrl);
  url.port = String(await freePort());
  process.env.DATABASE_URL = url.toString();
}

/** A server that runs `work` per request and answers 500 when it fails, as Next does. */
async function serve(work: () => Promise<unknown>) {
  answer503DuringOutage();
  const server = http.createServer((_req, res) => {
    work().then(
      () => res.end("ok"),
      () => {
        res.statusCode = 500;
        res.end("Fehler");
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    get: () => fetch(`http://127.0.0.1:${port}/`),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("a database outage on the way into the database", () => {
  it("withRegion and readGlobal fail with the outage digest (the browser's error page shows the German page)", async () => {
    await databaseStopped();
    const inRegion = await withRegion("00000000-0000-4000-8000-000000000000", (tx) => tx.region.count()).catch(
      (e: unknown) => e,
    );
    const global = await readGlobal((client) => client.region.count()).catch((e: unknown) => e);
    for (const error of [inRegion, global]) {
      expect(error).toMatchObject({ digest: DATABASE_UNAVAILABLE_DIGEST });
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it("an error of the query itself keeps its own shape (no outage digest)", async () => {
    const error = await readGlobal((client) => client.$queryRawUnsafe("SELEC 1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { digest?: string }).digest).toBeUndefined();
  });

  it("the request's 500 goes out as 503 with Retry-After; a 500 for another error stays 500", async () => {
    await databaseStopped();
    const outage = await serve(() => readGlobal((client) => client.region.count()));
    const bug = await serve(async () => {
      throw new Error("ein Fehler im Code");
    });
    try {
      const during = await outage.get();
      expect(during.status).toBe(503);
      expect(during.headers.get("retry-after")).toBe("5");
      expect((await bug.get()).status).toBe(500);
      process.env.DATABASE_URL = realUrl;
      expect((await outage.get()).status).toBe(200);
    } finally {
      await Promise.all([outage.close(), bug.close()]);
    }
  });
});
