import { clientAddress, PEER_HEADER, trustProxy } from "@/lib/core/http/trusted-proxy.ts";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * The client address for throttling (login, public event registration). `peer` is the
 * socket's address where the route has it (Pages Router: `req.socket.remoteAddress`);
 * App Router actions and next-auth's `authorize` see only headers, so there it is the
 * address the server stamped into PEER_HEADER (instrumentation.ts). X-Forwarded-For counts
 * only behind a proxy named in TRUST_PROXY (see trusted-proxy.ts); without a peer the key
 * is one shared "unbekannt" — stricter, never bypassable.
 */
export function clientKeyFrom(headers: HeaderBag, peer?: string | null, trust = process.env.TRUST_PROXY): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : ([headers[name]].flat()[0] ?? null));
  return clientAddress(get("x-forwarded-for"), peer ?? get(PEER_HEADER), trustProxy(trust)) ?? "unbekannt";
}
