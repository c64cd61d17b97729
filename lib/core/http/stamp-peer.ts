import { subscribe } from "node:diagnostics_channel";
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { FORWARDED_HEADERS, isTrustedPeer, PEER_HEADER, trustProxy, type TrustProxy } from "./trusted-proxy.ts";

/**
 * Writes the socket's address into PEER_HEADER (replacing whatever the client sent under that
 * name) and drops forwarded headers a non-proxy sent. Next passes App Router code (server
 * actions, route handlers, next-auth's `authorize`) only the headers, never the socket, and it
 * keeps a client's X-Forwarded-For as it is (it fills it from the socket only when absent).
 */
export function stampPeer(headers: IncomingHttpHeaders, peer: string | undefined, trust: TrustProxy): void {
  if (peer) headers[PEER_HEADER] = peer;
  else delete headers[PEER_HEADER];
  if (!isTrustedPeer(peer, trust)) for (const name of FORWARDED_HEADERS) delete headers[name];
}

const INSTALLED = Symbol.for("bildungsnetz.stampPeer");

/**
 * Runs stampPeer for every request of every HTTP server in this process, before its request
 * listener (Next's) sees it: Node publishes `http.server.request.start` synchronously ahead of
 * the "request" event. Installed once from instrumentation.ts, which Next runs before serving.
 */
export function stampPeerOnEveryRequest(): void {
  const state = globalThis as { [INSTALLED]?: boolean };
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  const trust = trustProxy(); // a malformed TRUST_PROXY stops the start here, not on the first POST
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    stampPeer(request.headers, socket.remoteAddress, trust);
  });
}
