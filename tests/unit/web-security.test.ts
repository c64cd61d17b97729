import { afterEach, describe, expect, it, vi } from "vitest";
import { clientKeyFrom } from "../../lib/auth/client-key.ts";
import { contentSecurityPolicy, isCrossSiteWrite } from "../../lib/core/security/csp.ts";
import { isValidRegionSlug, RESERVED_SLUGS } from "../../lib/regions/reserved-slugs.ts";

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

describe("cross-site writes", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it("reads are always fine", () => {
    expect(isCrossSiteWrite("GET", headers({ host: "a.example" }))).toBe(false);
  });
  it("a POST from our own origin passes; foreign, missing or opaque origins do not", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "portal.example", origin: "https://portal.example" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ host: "portal.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "portal.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "portal.example", origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("DELETE", headers({ host: "portal.example", origin: "not a url" }))).toBe(true);
  });
});

describe("region slugs", () => {
  it("reserved path segments can never be a region", () => {
    for (const slug of ["api", "anmelden", "abmelden", "angebote", "admin", "_next"]) {
      expect(RESERVED_SLUGS.has(slug)).toBe(true);
      expect(isValidRegionSlug(slug)).toBe(false);
    }
  });
  it("accepts lower-case slugs with hyphens only", () => {
    expect(isValidRegionSlug("kreis-mettmann")).toBe(true);
    expect(isValidRegionSlug("Kreis-Mettmann")).toBe(false);
    expect(isValidRegionSlug("köln")).toBe(false);
    expect(isValidRegionSlug("-x")).toBe(false);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("finding 3: the client key trusts forwarded addresses only from configured proxies", () => {
  const socket = "198.51.100.20";
  const keyFor = (forwardedFor: string) => clientKeyFrom(new Headers({ "x-forwarded-for": forwardedFor }), socket);

  it("without TRUST_PROXY, a rotated X-Forwarded-For does not change the key: the socket address counts", () => {
    vi.stubEnv("TRUST_PROXY", "");
    const keys = new Set(["203.0.113.1", "203.0.113.2", "10.9.8.7, 203.0.113.3"].map(keyFor));
    expect([...keys]).toEqual([socket]);
    expect(clientKeyFrom({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.8" }, socket)).toBe(socket);
  });

  it("in the App Router (no socket at hand) it reads the address the server stamped, never the client's headers", () => {
    vi.stubEnv("TRUST_PROXY", "");
    const stamped = new Headers({ "x-forwarded-for": "203.0.113.7", "x-bildungsnetz-peer": "::ffff:192.0.2.44" });
    expect(clientKeyFrom(stamped)).toBe("192.0.2.44");
    expect(clientKeyFrom({ "x-forwarded-for": "203.0.113.7" })).toBe("unbekannt");
  });

  it("with TRUST_PROXY=1 the address our proxy appended is used; what the client put before it is not", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    expect(keyFor("203.0.113.7")).toBe("203.0.113.7");
    expect(keyFor("1.1.1.1, 203.0.113.7")).toBe("203.0.113.7");
    expect(keyFor("2.2.2.2, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientKeyFrom({}, socket)).toBe(socket);
  });

  it("with a CIDR list only listed peers may forward; the first untrusted hop from the right is the client", () => {
    vi.stubEnv("TRUST_PROXY", "10.0.0.0/8, fd00::/8");
    const chain = { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.9" };
    expect(clientKeyFrom(chain, "::ffff:10.1.2.3")).toBe("203.0.113.7");
    expect(clientKeyFrom(chain, "fd00::1")).toBe("203.0.113.7");
    expect(clientKeyFrom(chain, socket)).toBe(socket);
  });
});

describe("finding 3: X-Forwarded-Host counts for the origin check only behind a trusted proxy", () => {
  const forged = new Headers({
    host: "portal.example",
    "x-forwarded-host": "evil.example",
    origin: "https://evil.example",
  });

  it("without TRUST_PROXY a forged X-Forwarded-Host does not make a foreign origin our own", () => {
    vi.stubEnv("TRUST_PROXY", "");
    expect(isCrossSiteWrite("POST", forged)).toBe(true);
    const ours = new Headers({
      host: "portal.example",
      "x-forwarded-host": "evil.example",
      origin: "https://portal.example",
    });
    expect(isCrossSiteWrite("POST", ours)).toBe(false);
  });

  it("with TRUST_PROXY the proxy's X-Forwarded-Host is the public host", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    const proxied = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "bildung.example",
      origin: "https://bildung.example",
    });
    expect(isCrossSiteWrite("POST", proxied)).toBe(false);
    expect(isCrossSiteWrite("POST", forged)).toBe(false);
  });

  it("with a CIDR list only when the request really came from a listed proxy", () => {
    vi.stubEnv("TRUST_PROXY", "10.0.0.0/8");
    const viaProxy = new Headers(forged);
    viaProxy.set("x-bildungsnetz-peer", "10.0.0.2");
    expect(isCrossSiteWrite("POST", viaProxy)).toBe(false);
    const direct = new Headers(forged);
    direct.set("x-bildungsnetz-peer", "203.0.113.5");
    expect(isCrossSiteWrite("POST", direct)).toBe(true);
  });
});
