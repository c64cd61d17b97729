import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "../../proxy.ts";

// The proxy (CSP nonce, cross-site writes, login redirect) must run for every App Router
// route and must leave out the public pages without JavaScript (pages/), which send their
// own "script-src 'none'" policy. Both lists come from the route files, so a new route
// cannot fall through unnoticed.
const root = path.resolve(__dirname, "../..");
const matcher = new RegExp(`^${config.matcher[0]!.source}$`);
const SAMPLE: Record<string, string> = {
  "[region]": "bielefeld",
  "[id]": "0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f",
  "[body]": "lenkungskreis",
  "[slug]": "uebergang-kita-grundschule",
  "[token]": "abc",
  "[jahr]": "2026",
  "[...path]": "system",
  "[...nextauth]": "session",
};

function routes(dir: string, isRoute: (file: string) => boolean, toPath: (relative: string) => string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter(isRoute)
    .map(
      (relative) =>
        "/" +
        toPath(relative)
          .split("/")
          .map((segment) => SAMPLE[segment] ?? segment)
          .filter(Boolean)
          .join("/"),
    );
}

describe("proxy matcher", () => {
  const appRoutes = routes(
    "app",
    (f) => /(^|\/)(page|route)\.tsx?$/.test(f),
    (f) => path.dirname(f).replace(/^\.$/, ""),
  );
  const publicPages = routes(
    "pages",
    (f) => /\.tsx$/.test(f) && !/(^|\/)_|^500\.tsx$/.test(f),
    (f) => f.replace(/\.tsx$/, "").replace(/(^|\/)index$/, ""),
  );

  it("runs for every App Router page and route handler", () => {
    expect(appRoutes.length).toBeGreaterThan(40);
    expect(appRoutes).toContain("/bielefeld/veranstaltungen/0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f/bericht.pdf");
    expect(appRoutes.filter((p) => !matcher.test(p))).toEqual([]);
    for (const p of [
      "/anmelden",
      "/admin",
      "/api/auth/session",
      "/bielefeld/intern",
      "/bielefeld/termine.ics",
      "/bielefeld/angebote/x/y",
    ])
      expect(matcher.test(p), p).toBe(true);
  });

  it("leaves out every public page without JavaScript", () => {
    expect(publicPages).toEqual(
      expect.arrayContaining([
        "/",
        "/impressum",
        "/angebote",
        "/bielefeld",
        "/bielefeld/angebote",
        "/bielefeld/termine",
        "/bielefeld/veranstaltungen/0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f",
        "/bielefeld/veranstaltungen/stornieren/abc",
      ]),
    );
    expect(publicPages.filter((p) => matcher.test(p))).toEqual([]);
  });
});
