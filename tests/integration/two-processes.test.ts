// Reliability drill "two app processes on one database" (issue 19): two portal processes —
// real Node processes, each with its own pool and NOTIFY listener (tests/support/portal-process.ts)
// — on the same PostgreSQL, as behind a load balancer.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { utcToBerlinLocal } from "../../lib/core/validation/berlin-time.ts";
import { getPoll } from "../../lib/voting/get-poll.ts";
import { openPoll } from "../../lib/voting/open-poll.ts";
import { createPoll } from "../../lib/voting/poll-drafts.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { startSmtpServer } from "../support/smtp.ts";
import { votingBody } from "../support/voting.ts";

interface PortalProcess {
  child: ChildProcess;
  url: string;
  stderr: string[];
}

async function startPortalProcess(): Promise<PortalProcess> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), [path.resolve("tests/support/portal-process.ts")], {
    env: { ...process.env, DATABASE_POOL_SIZE: "4" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal process did not start: ${stderr.join("")}`)), 20_000);
    child.on("exit", (code) => reject(new Error(`portal process ended (${code}): ${stderr.join("")}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const ready = line.match(/^ready (\d+)$/);
      if (ready) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, stderr };
}

async function post<T>(process: PortalProcess, route: string, body: Record<string, string>): Promise<T> {
  const response = await fetch(`${process.url}${route}`, { method: "POST", body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function imprintOf(process: PortalProcess, slug: string) {
  const response = await fetch(`${process.url}/${slug}/impressum`);
  const text = await response.text();
  return {
    status: response.status,
    pageCache: response.headers.get("x-page-cache"),
    regionKept: response.headers.get("x-region-kept"),
    text,
  };
}

let regions: Awaited<ReturnType<typeof twoRegions>>;
let one: PortalProcess;
let two: PortalProcess;

beforeAll(async () => {
  regions = await twoRegions();
  [one, two] = await Promise.all([startPortalProcess(), startPortalProcess()]);
}, 40_000);

afterAll(async () => {
  await Promise.all(
    [one, two].map(
      (p) =>
        p &&
        new Promise<void>((resolve) => {
          if (p.child.exitCode !== null) return resolve();
          p.child.on("exit", () => resolve());
          p.child.kill("SIGTERM");
        }),
    ),
  );
});

describe("two portal processes on one database", () => {
  it("an office edit committed through process 1 drops process 2's kept page within a second (NOTIFY)", async () => {
    const slug = regions.a.region.slug;
    // process 2 keeps the page: the second request is a hit, with the region from memory
    expect((await imprintOf(two, slug)).pageCache).toBe("miss");
    const kept = await imprintOf(two, slug);
    expect(kept).toMatchObject({ status: 200, pageCache: "hit", regionKept: "yes" });
    expect(kept.text).not.toContain("Neu im Impressum");

    // process 1 saves the imprint; it answers once the transaction has committed
    await post(one, "/edit", { regionId: regions.a.region.id, userId: regions.a.user.id, body: "Neu im Impressum" });
    const committed = Date.now();
    let seen: Awaited<ReturnType<typeof imprintOf>> | undefined;
    while (Date.now() - committed < 1_000) {
      const page = await imprintOf(two, slug);
      if (page.text.includes("Neu im Impressum")) {
        seen = page;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // without the notification process 2 would keep the old region (and with its version the old
    // page) for up to a minute
    expect(seen, "process 2 still sends the old page one second after the commit").toBeDefined();
    expect(seen!.status).toBe(200);
    expect(seen!.pageCache).toBe("miss");
    // and keeps the new one again
    expect(await imprintOf(two, slug)).toMatchObject({ pageCache: "hit", regionKept: "yes" });
    // the other region's kept page was not touched
    await imprintOf(two, regions.b.region.slug);
    expect(await imprintOf(two, regions.b.region.slug)).toMatchObject({ pageCache: "hit" });
  });

  it("two delivery loops running at once send each mail of the outbox exactly once", async () => {
    const smtp = await startSmtpServer({ delayMs: 15 });
    try {
      const queued = await Promise.all(
        [regions.a.region.id, regions.b.region.id].map((regionId) =>
          withRegion(regionId, async (tx) => {
            await tx.outboxEmail.createMany({
              data: Array.from({ length: 20 }, (_, i) => ({
                regionId,
                idempotencyKey: `drill:${regionId}:${i}`,
                toAddress: `empfaenger${i}@test.example`,
                subject: `Drill ${i}`,
                textBody: "Zweimal zugestellt wäre einmal zu viel.",
              })),
            });
            return tx.outboxEmail.findMany({ where: { regionId }, select: { id: true } });
          }),
        ),
      );
      const ids = queued.flat().map((m) => m.id);
      type Result = { sent: number; retried: number; failed: number };
      const [r1, r2] = await Promise.all([
        post<Result>(one, "/deliver", { smtpUrl: smtp.url }),
        post<Result>(two, "/deliver", { smtpUrl: smtp.url }),
      ]);
      // both loops did deliver (they really ran side by side), and together exactly once each
      expect(r1.sent).toBeGreaterThan(0);
      expect(r2.sent).toBeGreaterThan(0);
      expect(r1.sent + r2.sent).toBe(ids.length);
      expect(r1.retried + r2.retried + r1.failed + r2.failed).toBe(0);
      const messageIds = smtp.received.map((m) => m.messageId);
      expect(messageIds).toHaveLength(ids.length);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<outbox-${id}@bildungsnetz>`)));
      const pending = await Promise.all(
        [regions.a.region.id, regions.b.region.id].map((regionId) =>
          withRegion(regionId, (tx) => tx.outboxEmail.count({ where: { regionId, status: { not: "SENT" } } })),
        ),
      );
      expect(pending).toEqual([0, 0]);
    } finally {
      await smtp.close();
    }
  });

  it("a due poll is closed exactly once when both processes run the poll timetable at once", async () => {
    const regionId = regions.a.region.id;
    const lead: Actor = await actorFor(regionId, regions.a.user.id);
    const { body } = await votingBody(regionId, 3);
    const poll = await createPoll(lead, {
      bodyId: body.id,
      title: "Drill: Beschluss im Umlauf",
      description: "Wird von zwei Prozessen zugleich geschlossen.",
      method: "YES_NO_ABSTAIN",
      secrecy: "NAMED",
      majorityRule: "SIMPLE",
      majorityBase: "YES_NO",
      closesAt: utcToBerlinLocal(new Date(Date.now() + 86_400_000)),
    });
    await openPoll(lead, { pollId: poll.id });
    const closesAt = (await getPoll(lead, poll.id)).poll.closesAt!;
    const now = new Date(closesAt.getTime() + 1_000).toISOString();
    type Result = { closed: number; reminded: number };
    const [r1, r2] = await Promise.all([post<Result>(one, "/polls", { now }), post<Result>(two, "/polls", { now })]);
    expect(r1.closed + r2.closed).toBe(1);
    const [closed, audits] = await withRegion(regionId, async (tx) => [
      await tx.poll.findUniqueOrThrow({ where: { regionId_id: { regionId, id: poll.id } } }),
      await tx.auditEvent.count({ where: { regionId, entityId: poll.id, action: "poll.closed" } }),
    ]);
    expect(closed).toMatchObject({ status: "CLOSED", votedCount: 0 });
    expect(audits).toBe(1);
  });
});
