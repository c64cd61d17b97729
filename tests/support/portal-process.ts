// One "portal process" for tests that need several processes on one database
// (tests/integration/two-processes.test.ts): its own pool and its own NOTIFY listener on
// DATABASE_URL, like each `next start` behind a load balancer. It serves on 127.0.0.1:
//   GET  /<region>/impressum   the region's imprint through the real getServerSideProps of the
//                              public page (region kept by NOTIFY, data cache, whole-page cache);
//                              a kept page answers with `X-Page-Cache: hit`, and `X-Region-Kept: yes`
//                              says the region (with its publicVersion) came from memory
//   GET  /live                 whether the listener is live (regions are kept)
//   POST /edit                 an office edit: saves the imprint (JSON {regionId, userId, body})
//   POST /deliver              one outbox delivery run (JSON {smtpUrl})
//   POST /polls                one run of the poll timetable (JSON {now})
// and prints `ready <port>` on stdout once the listener is live.
import http from "node:http";
import { deserialize } from "superjson";
import { disconnectDb } from "../../lib/core/db/client.ts";
import { deliverOutbox, smtpTransport } from "../../lib/core/mail/deliver-outbox.ts";
import { regionLegalProps } from "../../lib/core/public-pages/legal-props.ts";
import { findPublicRegion, keepsPublicRegions } from "../../lib/regions/public-region.ts";
import { saveLegalPage } from "../../lib/regions/legal-pages.ts";
import { runPollSchedule } from "../../lib/voting/run-poll-schedule.ts";
import { actorFor } from "./actors.ts";

const imprint = regionLegalProps("IMPRINT");
/** The region object each slug last came back as: the same object again means it was kept. */
const lastRegion = new Map<string, unknown>();

async function readJson(req: http.IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

function json(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(value));
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const page = url.pathname.match(/^\/([a-z0-9-]+)\/impressum$/);
  if (req.method === "GET" && page) {
    const region = await findPublicRegion(page[1]!);
    res.setHeader("X-Region-Kept", region !== null && lastRegion.get(page[1]!) === region ? "yes" : "no");
    lastRegion.set(page[1]!, region);
    const context = {
      req: Object.assign(req, { cookies: {} }),
      res,
      params: { region: page[1]! },
      query: {},
      resolvedUrl: url.pathname,
    };
    const result = (await imprint(context as never)) as { props: { page: Parameters<typeof deserialize>[0] } };
    if (res.writableEnded) return; // sent from the page cache
    // "render" the page: its props as JSON (kept by keepPage like Next's HTML)
    res.writeHead(res.statusCode, { "Content-Type": "application/json", "X-Page-Cache": "miss" });
    res.end(JSON.stringify(deserialize(result.props.page)));
    return;
  }
  if (req.method === "GET" && url.pathname === "/live") return json(res, { live: keepsPublicRegions() });
  if (req.method === "POST" && url.pathname === "/edit") {
    const { regionId, userId, body } = await readJson(req);
    const actor = await actorFor(regionId!, userId!);
    return json(res, await saveLegalPage(actor, { kind: "IMPRINT", body }));
  }
  if (req.method === "POST" && url.pathname === "/deliver") {
    const { smtpUrl } = await readJson(req);
    return json(res, await deliverOutbox(smtpTransport(smtpUrl)));
  }
  if (req.method === "POST" && url.pathname === "/polls") {
    const { now } = await readJson(req);
    return json(res, await runPollSchedule(new Date(now!)));
  }
  res.writeHead(404).end();
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
    res.end(error instanceof Error ? error.message : String(error));
  });
});

server.listen(0, "127.0.0.1", async () => {
  const { port } = server.address() as { port: number };
  // the listener starts with the first use of the region cache; wait until it is live
  while (!keepsPublicRegions()) await new Promise((resolve) => setTimeout(resolve, 20));
  process.stdout.write(`ready ${port}\n`);
});

const stop = () => {
  server.close();
  void disconnectDb().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
