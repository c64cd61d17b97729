import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.ts";
import { proxy } from "../../proxy.ts";
import { checkAuthRequest } from "../../lib/auth/check-auth-request.ts";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "../../lib/core/files/upload-limit.ts";
import { isStorableInstant } from "../../lib/core/validation/instant.ts";
import { parseListQuery } from "../../lib/oparl/list-query.ts";
import { ValidationError } from "../../lib/core/errors.ts";

const PORTAL = "http://127.0.0.1:3100";
/** A Next size limit ("12mb" or a number of bytes); `fallback` is Next's default when unset. */
const toBytes = (value: unknown, fallback: number) =>
  typeof value === "number"
    ? value
    : typeof value === "string" && /^\d+mb$/i.test(value)
      ? parseInt(value, 10) * 1024 * 1024
      : fallback;
const UUID = "0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f";
const cursor = (date: string, id: unknown) => Buffer.from(JSON.stringify([date, id])).toString("base64url");
const auth = (method: string, url: string, cookies: { name: string; value: string }[] = []) => {
  const parsed = new URL(url, PORTAL);
  const segments = parsed.pathname.replace(/^\/api\/auth\//, "").split("/");
  return checkAuthRequest(method, parsed, segments, cookies, PORTAL);
};

describe("finding 7: dates and cursors a database cannot take", () => {
  it("finding 7: only the years 1 to 9999 are storable instants", () => {
    expect(isStorableInstant(new Date("2026-11-01T08:00:00Z"))).toBe(true);
    expect(isStorableInstant(new Date("0001-01-01T00:00:00Z"))).toBe(true);
    for (const value of ["0000-01-01", "+200000-01-01", "-200000-01-01", "10000-01-01", "x"])
      expect(isStorableInstant(new Date(value)), value).toBe(false);
  });

  it("finding 7: OParl list queries refuse year 0 and cursors with odd dates or ids", () => {
    const refuse = (query: string) => expect(() => parseListQuery(new URLSearchParams(query))).toThrow(ValidationError);
    refuse("modified_since=0000-01-01");
    refuse("created_until=0000-01-01T00:00:00Z");
    refuse(`after=${cursor("+200000-01-01T00:00:00.000Z", UUID)}`);
    refuse(`after=${cursor("-200000-01-01T00:00:00.000Z", UUID)}`);
    refuse(`after=${cursor("2026-01-01T00:00:00.000Z", "a\u0000")}`);
    refuse(`after=${cursor("2026-01-01T00:00:00.000Z", "NOPE IS NO ID")}`);
    expect(parseListQuery(new URLSearchParams(`after=${cursor("2026-01-01T00:00:00.000Z", UUID)}`)).after?.id).toBe(
      UUID,
    );
  });
});

describe("finding 7: next-auth endpoints never get input they answer with a 500", () => {
  it("finding 7: a callbackUrl on a look-alike host becomes the portal's address or is dropped", () => {
    for (const callbackUrl of [
      "http://127.0.0.1:3100.evil.example/",
      "http://127.0.0.1.evil.example/",
      "//evil.example",
      "\u0000",
    ]) {
      const check = auth("POST", `/api/auth/signin/credentials?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      if (check.ok) expect(check.search.get("callbackUrl")).toBeNull();
      else expect(check.status).toBe(400);
    }
    const own = auth("GET", `/api/auth/signin?callbackUrl=${encodeURIComponent(`${PORTAL}/bielefeld/intern`)}`);
    expect(own.ok && own.search.get("callbackUrl")).toBe(`${PORTAL}/bielefeld/intern`);
  });

  it("finding 7: a forged callback-url cookie is dropped, control characters and GET of the callback are refused", () => {
    const cookie = auth("GET", "/api/auth/session", [
      { name: "next-auth.callback-url", value: "http://127.0.0.1:3100.evil/" },
      { name: "bn.session", value: "x" },
    ]);
    expect(cookie.ok && cookie.dropCookies).toEqual(["next-auth.callback-url"]);
    expect(auth("GET", "/api/auth/error?error=%00")).toMatchObject({ ok: false, status: 400 });
    const loneSurrogate = checkAuthRequest(
      "GET",
      new URL(`${PORTAL}/api/auth/signin`),
      ["signin", "\ud800"],
      [],
      PORTAL,
    );
    expect(loneSurrogate).toMatchObject({ ok: false, status: 400 });
    expect(auth("GET", "/api/auth/callback/credentials")).toMatchObject({ ok: false, status: 405, allow: "POST" });
  });
});

describe("finding 7: uploads up to the promised 10 MB arrive whole, larger ones get the German message", () => {
  const multipartOverhead = 64 * 1024; // boundary, headers, the other fields of the form

  it("finding 7: Next's proxy copy and server-action limits hold a 10 MiB file with its form", () => {
    const experimental = nextConfig.experimental!;
    // Next's default for the proxy's copy of a body is 10 MiB: a 10 MiB file plus framing was cut (a 500)
    const proxyLimit = toBytes(experimental.proxyClientMaxBodySize, 10 * 1024 * 1024);
    const actionLimit = toBytes(experimental.serverActions?.bodySizeLimit, 1024 * 1024);
    expect(proxyLimit).toBeGreaterThanOrEqual(MAX_UPLOAD_BYTES + multipartOverhead);
    expect(actionLimit).toBeGreaterThanOrEqual(MAX_UPLOAD_BYTES + multipartOverhead);
    expect(proxyLimit).toBe(actionLimit);
  });

  it("finding 7: a request larger than Next takes is answered by the proxy with 413 and the German message", async () => {
    const limit = toBytes(nextConfig.experimental!.proxyClientMaxBodySize, 10 * 1024 * 1024);
    const request = new NextRequest(`${PORTAL}/bielefeld/intern/verwaltung/vertrag`, {
      method: "POST",
      headers: { "content-length": String(limit + 1), origin: PORTAL, host: "127.0.0.1:3100", cookie: "bn.session=x" },
    });
    const response = proxy(request);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain(UPLOAD_TOO_LARGE);
  });
});
