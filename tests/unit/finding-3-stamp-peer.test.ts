import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { stampPeer, stampPeerOnEveryRequest } from "../../lib/core/http/stamp-peer.ts";
import { trustProxy } from "../../lib/core/http/trusted-proxy.ts";

// Finding 3 of issue 19: App Router code sees only headers, so the server stamps the socket's
// address into one it controls and drops forwarded headers a non-proxy sent.

const forged = (): IncomingHttpHeaders => ({
  host: "portal.example",
  "x-forwarded-for": "203.0.113.66",
  "x-forwarded-host": "evil.example",
  "x-real-ip": "203.0.113.67",
  "x-bildungsnetz-peer": "203.0.113.68",
});

describe("finding 3: the server stamps the peer and drops forwarded headers from non-proxies", () => {
  it("without TRUST_PROXY: the client's forwarded headers and forged peer are gone", () => {
    const headers = forged();
    stampPeer(headers, "192.0.2.10", trustProxy(""));
    expect(headers).toEqual({ host: "portal.example", "x-bildungsnetz-peer": "192.0.2.10" });
  });

  it("from a listed proxy the forwarded headers stay; from anyone else they go", () => {
    const viaProxy = forged();
    stampPeer(viaProxy, "10.0.0.2", trustProxy("10.0.0.0/8"));
    expect(viaProxy).toMatchObject({ "x-forwarded-for": "203.0.113.66", "x-bildungsnetz-peer": "10.0.0.2" });
    const direct = forged();
    stampPeer(direct, "192.0.2.10", trustProxy("10.0.0.0/8"));
    expect(direct["x-forwarded-for"]).toBeUndefined();
    expect(direct["x-forwarded-host"]).toBeUndefined();
  });

  it("runs on a real HTTP server before its request listener", async () => {
    stampPeerOnEveryRequest();
    const server = createServer((req, res) => res.end(JSON.stringify(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, headers: forged() }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(body) as IncomingHttpHeaders));
      });
      req.on("error", reject);
      req.end();
    });
    server.close();
    expect(seen["x-bildungsnetz-peer"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
  });
});
