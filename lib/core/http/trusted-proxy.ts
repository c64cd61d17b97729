// Which peer may tell us the client's address (X-Forwarded-For) and the public host
// (X-Forwarded-Host): only a proxy named in TRUST_PROXY. Anyone else can send these headers,
// so believing them let a client pick a fresh throttle key per request (issue 19, finding 3).
//
// TRUST_PROXY: unset/empty → no proxy (the socket address is the client);
// a number n → the n hops nearest to us are our proxies (e.g. `1` for one nginx in front);
// a comma-separated list of addresses/CIDR ranges → only peers in that list are proxies.
// Pure (no Node APIs): proxy.ts imports it too.

/** Set by the server on every request (instrumentation.ts) to the socket's address; a client's copy is overwritten. */
export const PEER_HEADER = "x-bildungsnetz-peer";

/** Dropped from a request whose peer is no trusted proxy. */
export const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
] as const;

type Address = { version: 4 | 6; value: bigint };
type Range = Address & { prefix: number };
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; ranges: Range[] };

function parseIPv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((sum, p) => (sum << 8n) | BigInt(Number(p)), 0n);
}

function parseIPv6(input: string): bigint | null {
  let text = input;
  const embedded = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (embedded) {
    const v4 = parseIPv4(embedded[2]!);
    if (v4 === null) return null;
    text = `${embedded[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const read = (half: string) => (half === "" ? [] : half.split(":"));
  const head = read(halves[0]!);
  const tail = halves.length === 2 ? read(halves[1]!) : [];
  if (![...head, ...tail].every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const given = head.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const groups = [...head, ...Array<string>(8 - given).fill("0"), ...tail];
  return groups.reduce((sum, g) => (sum << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** An address as sent by Node or a proxy: IPv4, IPv6 (also `[…]`, `%zone`), IPv4-mapped IPv6, IPv4 with port. */
export function parseAddress(raw: string): Address | null {
  let text = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  text = text.replace(/%.*$/, "").replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  const v4 = parseIPv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = text.includes(":") ? parseIPv6(text) : null;
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

/** The key form of an address: IPv4-mapped IPv6 as plain IPv4, otherwise as given (trimmed, lower case). */
export function normaliseAddress(raw: string): string {
  const address = parseAddress(raw);
  if (address?.version === 4) return [24n, 16n, 8n, 0n].map((s) => String((address.value >> s) & 255n)).join(".");
  return raw.trim().toLowerCase();
}

const parsed = new Map<string, TrustProxy>();

/** TRUST_PROXY, read at call time (tests stub it); a malformed value fails loudly rather than trusting anyone. */
export function trustProxy(value: string | undefined = process.env.TRUST_PROXY): TrustProxy {
  const text = (value ?? "").trim();
  const known = parsed.get(text);
  if (known) return known;
  let trust: TrustProxy;
  if (text === "" || text === "0") trust = { kind: "none" };
  else if (/^\d+$/.test(text)) trust = { kind: "hops", hops: Number(text) };
  else {
    const ranges = text.split(",").map((entry) => {
      const [base = "", bits] = entry.trim().split("/");
      const address = parseAddress(base);
      const width = address?.version === 4 ? 32 : 128;
      const prefix = bits === undefined ? width : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
      if (!address || !(prefix >= 0 && prefix <= width))
        throw new Error(
          `TRUST_PROXY: „${entry.trim()}“ ist weder eine Anzahl noch eine Adresse oder ein CIDR-Bereich.`,
        );
      return { ...address, prefix };
    });
    trust = { kind: "list", ranges };
  }
  parsed.set(text, trust);
  return trust;
}

function inRanges(raw: string, ranges: Range[]): boolean {
  const address = parseAddress(raw);
  if (!address) return false;
  return ranges.some((range) => {
    if (range.version !== address.version) return false;
    const shift = BigInt((range.version === 4 ? 32 : 128) - range.prefix);
    return address.value >> shift === range.value >> shift;
  });
}

/** Whether the peer that sent this request is one of our proxies (whose forwarded headers we believe). */
export function isTrustedPeer(peer: string | null | undefined, trust: TrustProxy): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return trust.hops > 0;
  return !!peer && inRanges(peer, trust.ranges);
}

/**
 * The client's address: the socket's peer, unless that is a trusted proxy; then walk
 * X-Forwarded-For from the right (each proxy appends the address it saw) past the trusted
 * hops. Entries further left were written by the client and are never believed.
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  peer: string | null | undefined,
  trust: TrustProxy,
): string | null {
  if (!peer?.trim()) return null;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ].map(normaliseAddress);
  if (trust.kind === "none") return chain.at(-1)!;
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
  let index = chain.length - 1;
  while (index > 0 && inRanges(chain[index]!, trust.ranges)) index--;
  return chain[index]!;
}

/** The host the browser addressed: X-Forwarded-Host (the nearest proxy's entry) only from a trusted peer. */
export function requestHost(get: (name: string) => string | null, trust: TrustProxy): string | null {
  if (isTrustedPeer(get(PEER_HEADER), trust)) {
    const forwarded = get("x-forwarded-host")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return get("host");
}
