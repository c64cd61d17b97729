import { describe, expect, it } from "vitest";
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

describe("client key for throttling", () => {
  it("takes the first forwarded address", () => {
    expect(clientKeyFrom(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKeyFrom({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientKeyFrom({})).toBe("unbekannt");
  });
});
