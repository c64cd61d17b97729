import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

vi.mock("../../lib/core/db/client.ts", () => ({})); // the options import the database; these checks are pure
const { safeReturnPath } = await import("../../lib/auth/safe-return-path.ts");
const { authOptions } = await import("../../lib/auth/options.ts");
const { origin } = await import("../../lib/core/http/site-origin.ts");

const PORTAL = new URL(origin()).origin;

/** Where a browser goes when it follows a Location header with this value from the login page. */
function followedOrigin(location: string): string {
  return new URL(location, `${PORTAL}/anmelden`).origin;
}

describe("return path after login", () => {
  it.each([
    ["/kreis-mettmann/intern", "/kreis-mettmann/intern"],
    ["/bielefeld/intern?tab=1", "/bielefeld/intern?tab=1"],
    ["/bielefeld/intern#termine", "/bielefeld/intern#termine"],
    ["//evil.example/", null],
    ["https://evil.example/", null],
    ["/\\evil.example", null],
    ["intern", null],
    [42, null],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("Finding 2 — open redirect after login", () => {
  // What arrives after the query string is decoded (`weiter=/%09/evil.example/phish` → "/\t/evil.example/phish")
  // and what arrives still encoded (a form field or a double-encoded link).
  const payloads = [
    "/\t/evil.example/phish",
    "/%09/evil.example/phish",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u000b/evil.example",
    "/kreis-mettmann/intern\r\nSet-Cookie: x=1",
    "/\u0000/evil.example",
    " //evil.example",
    "https://evil.example",
    "https:evil.example",
    "http://localhost:3000@evil.example/",
    "javascript:alert(document.cookie)",
    "/javascript:alert(1)//%0aalert(2)",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%2F%2Fevil.example",
    "/%0D%0ALocation: https://evil.example",
  ];

  it.each(payloads.map((payload) => [JSON.stringify(payload), payload]))("%s is refused", (_, payload) => {
    expect(safeReturnPath(payload)).toBeNull();
  });

  it("a refused return path falls back to the portal's own landing page (none of the payloads leaves the origin)", () => {
    for (const payload of payloads) expect(followedOrigin(safeReturnPath(payload) ?? "/")).toBe(PORTAL);
  });

  // Strings built from the pieces attackers combine, and arbitrary Unicode strings: whatever passes
  // is a same-origin path, comes back unchanged when checked again, and carries nothing a header or
  // a browser would reinterpret.
  const piece = fc.constantFrom(
    "/",
    "//",
    "\\",
    "\t",
    "\n",
    "\r",
    "\u000b",
    "\u0000",
    "\u007f",
    "\u0085",
    " ",
    ".",
    "..",
    ":",
    "@",
    "?",
    "#",
    "%",
    "%09",
    "%0a",
    "%2F",
    "%2f",
    "%5C",
    "%2e",
    "evil.example",
    "localhost:3000",
    "https:",
    "javascript:",
    "\u3002",
    "\uff0f",
    "\u2215",
    "kreis-mettmann",
    "intern",
  );
  const hostile = fc.oneof(
    fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
    fc.array(piece, { maxLength: 12 }).map((parts) => `/${parts.join("")}`),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 60 }).map((s) => `/${s}`),
  );

  it("property: the resolved target is always on the portal's origin", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const target = safeReturnPath(value) ?? "/";
        expect(followedOrigin(target)).toBe(PORTAL);
        expect(target).toMatch(/^\/(?![/\\])/);
        expect(target).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
        expect(safeReturnPath(target)).toBe(target);
      }),
      { numRuns: 2000 },
    );
  });

  describe("next-auth's callbackUrl", () => {
    process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123";
    const redirect = authOptions().callbacks!.redirect!;
    const follow = (url: string) => redirect({ url, baseUrl: PORTAL });

    it.each([
      `https://evil.example/`,
      `${PORTAL}.evil.example/`,
      `${PORTAL}@evil.example/`,
      `${PORTAL.replace("://", "://evil.")}/`,
      `${PORTAL}//evil.example/`,
      `${PORTAL}/\\evil.example`,
      "//evil.example/",
      "/\t/evil.example",
      "/\r\n/evil.example",
      "evil.example",
      "javascript:alert(1)",
    ])("%s is not followed", async (url) => {
      expect(new URL(await follow(url)).origin).toBe(PORTAL);
      expect(await follow(url)).toBe(PORTAL);
    });

    it("a same-origin target is kept", async () => {
      expect(await follow(`${PORTAL}/kreis-mettmann/intern?a=1`)).toBe(`${PORTAL}/kreis-mettmann/intern?a=1`);
      expect(await follow("/kreis-mettmann/intern")).toBe(`${PORTAL}/kreis-mettmann/intern`);
    });

    it("property: never leaves the portal's origin", async () => {
      await fc.assert(
        fc.asyncProperty(hostile, async (value) => {
          expect(new URL(await follow(value)).origin).toBe(PORTAL);
          expect(new URL(await follow(`${PORTAL}${value}`)).origin).toBe(PORTAL);
        }),
        { numRuns: 500 },
      );
    });
  });
});
