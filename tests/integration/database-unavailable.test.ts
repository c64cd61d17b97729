// Which database errors mean "not reachable right now" (a public page answers 503 with
// "bitte erneut versuchen", lib/core/public-pages/page-props.ts) – with real errors of the
// driver, not hand-made shapes. The restart itself is shown by `npm run bench:db-restart`.
import { createServer } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/core/db/client.ts";
import { isDatabaseUnavailable } from "../../lib/core/db/errors.ts";
import { PrismaClient } from "../../lib/core/db/generated/client.ts";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("isDatabaseUnavailable", () => {
  it("is true when the server refuses the connection (stopped)", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await freePort());
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    const error = await client.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    await client.$disconnect().catch(() => {});
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("is true when the server ends a running query's connection (shutdown)", async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
    const running = client.$queryRaw`SELECT pg_sleep(10), 'drill-terminate'`.catch((e: unknown) => e);
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    try {
      for (let terminated = 0; terminated === 0; await new Promise((r) => setTimeout(r, 20))) {
        const { rows } = await killer.query<{ n: number }>(
          `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
            WHERE query LIKE '%''drill-terminate''%' AND pid <> pg_backend_pid()`,
        );
        terminated = rows[0]!.n;
      }
    } finally {
      await killer.end();
    }
    const error = await running;
    await client.$disconnect().catch(() => {});
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("is false for errors of the query itself and for other errors", async () => {
    const syntax = await db()
      .$queryRawUnsafe("SELEC 1")
      .catch((e: unknown) => e);
    const rls = await db()
      .$executeRawUnsafe(`INSERT INTO "LegalPage" ("regionId", kind, body) VALUES (gen_random_uuid(), 'IMPRINT', 'x')`)
      .catch((e: unknown) => e);
    expect(syntax).toBeInstanceOf(Error);
    expect(rls).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(rls)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Ein Fehler"))).toBe(false);
  });
});
