import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { DEMO_PASSWORD, expect, LOGINS, test } from "./fixtures";
import { hostileText, pathSegment, queryString } from "./support/hostile-input";

// Issue 19, finding 7 (guard): no input in a URL may make the portal answer with a 500. Every
// route handler and page (app/**/route.ts, app/**/page.tsx, pages/**/*.tsx, read from the
// folder tree like tests/unit/proxy-matcher.test.ts) gets arbitrary strings — control
// characters and NUL, lone surrogates, huge numbers, dates like 0000-01-01 or +200000-01-01,
// broken percent-encodings, forged feed cursors — in its path segments and in the query
// parameters the code reads (harvested from the route's file and what it imports). Internal
// pages are asked by a logged-in lead of Bielefeld, so they get past the login redirect.
const root = process.cwd(); // Playwright runs from the repository root
const RUNS = 15;

interface Route {
  file: string;
  pattern: string;
}

function routeFiles(): Route[] {
  const app = fs
    .readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((f) => /(^|\/)(page|route)\.tsx?$/.test(f))
    .map((f) => ({ file: `app/${f}`, pattern: "/" + path.dirname(f).replace(/^\.$/, "") }));
  const pages = fs
    .readdirSync(path.join(root, "pages"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx$/.test(f) && !/(^|\/)_|^500\.tsx$/.test(f))
    .map((f) => ({ file: `pages/${f}`, pattern: "/" + f.replace(/\.tsx$/, "").replace(/(^|\/)?index$/, "") }));
  return [...app, ...pages].map((r) => ({ ...r, pattern: r.pattern.replace(/\/$/, "") || "/" }));
}

/** The query parameters a route reads: in its file and in the project files it imports (three levels). */
function queryNamesOf(file: string): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  let current = [file];
  for (let depth = 0; depth < 4 && current.length; depth++) {
    const next: string[] = [];
    for (const relative of current) {
      if (seen.has(relative)) continue;
      seen.add(relative);
      const source = fs.readFileSync(path.join(root, relative), "utf8");
      for (const m of source.matchAll(/searchParams\.get(?:All)?\("([\w-]+)"\)|\bquery\.(\w+)|\b(\w+)\?: string/g))
        names.add(m[1] ?? m[2] ?? m[3]!);
      for (const m of source.matchAll(/^\s+(\w+): (?:z\.|instant\(|blankable|cleanText)/gm)) names.add(m[1]!);
      for (const m of source.matchAll(/from "(@\/[^"]+|\.\.?\/[^"]+)"/g)) {
        const target = m[1]!.startsWith("@/")
          ? m[1]!.slice(2)
          : path.join(path.dirname(relative), m[1]!).replace(/\\/g, "/");
        const resolved = [target, `${target}.ts`, `${target}.tsx`].find(
          (candidate) =>
            /\.tsx?$/.test(candidate) &&
            !candidate.includes("/generated/") &&
            fs.existsSync(path.join(root, candidate)),
        );
        if (resolved) next.push(resolved);
      }
    }
    current = next;
  }
  for (const generic of ["q", "seite", "page"]) names.add(generic);
  return [...names].filter((n) => n.length > 1 && !["id", "ts", "string", "label", "name"].includes(n)).sort();
}

/** Real values for dynamic segments, read from the demo data through public pages and feeds (once per worker). */
let known: Record<string, string[]> | null = null;
async function realValues(request: APIRequestContext): Promise<Record<string, string[]>> {
  known ??= await readRealValues(request);
  return known;
}

async function readRealValues(request: APIRequestContext): Promise<Record<string, string[]>> {
  const html = async (url: string) => (await request.get(url)).text();
  const ids = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))];
  const meetings = (await (await request.get("/api/oparl/v1/body/bielefeld/meeting")).json()) as {
    data: { id: string }[];
  };
  const home = await html("/bielefeld");
  const dates = await html("/bielefeld/termine");
  const offers = await html("/bielefeld/angebote");
  return {
    region: ["bielefeld"],
    body: ["lenkungskreis", "bildungskonferenz"],
    slug: ids(home, /\/bielefeld\/handlungsfelder\/([a-z0-9-]+)/g).slice(0, 2),
    jahr: [String(new Date().getFullYear())],
    token: ["abc"],
    "angebote/[id]": ids(offers, /\/bielefeld\/angebote\/([0-9a-f-]{36})/g).slice(0, 2),
    "veranstaltungen/[id]": ids(dates, /\/bielefeld\/veranstaltungen\/([0-9a-f-]{36})/g).slice(0, 2),
    "sitzungen/[id]": meetings.data.map((m) => m.id.split("/").pop()!).slice(0, 2),
    id: ["0b5f8a4e-3c1d-4e7a-9f00-1a2b3c4d5e6f"],
    path: ["system", "body", "body/bielefeld", "body/bielefeld/meeting", "body/bielefeld/paper", "body/bielefeld/file"],
    nextauth: ["session", "csrf", "providers", "signin", "signout", "error", "callback/credentials"],
  };
}

/** The dynamic segments of a route pattern, e.g. "[region]" and "[...path]". */
const dynamicSegments = (pattern: string) => pattern.split("/").filter((s) => /^\[.+\]$/.test(s));

function realFor(pattern: string, segment: string, values: Record<string, string[]>): string[] {
  const name = segment.replace(/^\[(\.\.\.)?|\]$/g, "");
  const before = pattern.split("/")[pattern.split("/").indexOf(segment) - 1];
  const specific = values[`${before}/${segment}`];
  return specific?.length ? specific : (values[name] ?? ["x"]);
}

const routes = routeFiles();

test.describe.configure({ mode: "parallel" });

let lead: APIRequestContext | null = null;
async function leadRequest(): Promise<APIRequestContext> {
  if (lead) return lead;
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const login = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: LOGINS.bielefeldLead, password: DEMO_PASSWORD, json: "true" },
    headers: { origin: new URL(baseURL).origin },
    maxRedirects: 0,
  });
  expect(login.status(), "login of the lead").toBeLessThan(400);
  lead = context;
  return context;
}

test("the guard reads every route from the folder tree", () => {
  expect(routes.length).toBeGreaterThan(55);
  expect(routes.map((r) => r.pattern)).toEqual(
    expect.arrayContaining(["/", "/[region]/termine.ics", "/api/oparl/v1/[...path]", "/[region]/gremien/[body]"]),
  );
  expect(queryNamesOf("app/api/oparl/v1/[...path]/route.ts")).toEqual(
    expect.arrayContaining(["after", "modified_since", "limit"]),
  );
  expect(queryNamesOf("app/[region]/termine.ics/route.ts")).toContain("handlungsfeld");
});

for (const route of routes) {
  test(`no 500 from ${route.pattern} (${route.file})`, async ({ request }) => {
    const client = route.pattern.includes("/intern") ? await leadRequest() : request;
    const values = await realValues(request);
    const segments = dynamicSegments(route.pattern);
    const names = queryNamesOf(route.file);
    const sample = fc.record({
      // which dynamic segment gets a hostile value (-1: none, only the query is hostile)
      hostileAt: fc.integer({ min: -1, max: segments.length - 1 }),
      hostile: hostileText(),
      real: fc.nat(),
      query: fc.array(fc.tuple(fc.constantFrom(...names), hostileText()), { minLength: 0, maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(sample, async ({ hostileAt, hostile, real, query }) => {
        const url =
          route.pattern
            .split("/")
            .map((part) => {
              const index = segments.indexOf(part);
              if (index < 0) return part;
              if (index === hostileAt) return pathSegment(hostile);
              const options = realFor(route.pattern, part, values);
              return options[real % options.length]!;
            })
            .join("/") + queryString(query);
        // always a path on the portal: an empty first segment must not read as "//host"
        const response = await client.get(`${new URL(baseURL).origin}${url || "/"}`, {
          maxRedirects: 0,
          timeout: 15_000,
          failOnStatusCode: false,
        });
        expect(response.status(), `GET ${url}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
}
