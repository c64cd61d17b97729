import "@/lib/core/server-only.ts";
import type { GetServerSideProps, GetServerSidePropsContext } from "next";
import { serialize } from "superjson";
import { getRequestUser } from "@/lib/auth/request-user.ts";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie.ts";
import { isDatabaseUnavailable } from "@/lib/core/db/errors.ts";
import { IDLE, type FormState } from "@/lib/core/forms/form-state.ts";
import { PEER_HEADER } from "@/lib/core/http/trusted-proxy.ts";
import { throttledLog } from "@/lib/core/log/throttled-log.ts";
import { isCrossSiteWrite, NO_SCRIPT_POLICY } from "@/lib/core/security/csp.ts";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug.ts";
import { findPublicRegion } from "@/lib/regions/public-region.ts";
import { listUserRegions } from "@/lib/tenancy/region-access.ts";
import type { FrameUser, PublicPageProps } from "./page-types.ts";
import { keepPage, sendCachedPage } from "./page-cache.ts";

export type PageContext = GetServerSidePropsContext<Record<string, string | string[]>>;

/** The header's user (name, internal areas) from the session cookie; null for visitors. */
async function frameUser(context: PageContext): Promise<FrameUser | null> {
  const user = await getRequestUser(context.req.cookies);
  if (!user) return null;
  return { name: user.name, platformRole: user.platformRole, regions: await listUserRegions(user.id) };
}

/**
 * `getServerSideProps` of a public page (Pages Router, no JavaScript in the browser): loads
 * the page's data and the header's user; `null` answers 404 (without JavaScript, too). The data may hold dates and
 * other values JSON has no type for: superjson keeps them (the props never leave the
 * server — without runtime JavaScript there is no __NEXT_DATA__ — but Next checks them).
 *
 * `version` names what the page's data depends on (see page-cache.ts); for visitors without
 * a session the whole page is then kept and sent again until that changes.
 */
function servePage<D>(
  version: (context: PageContext) => Promise<string | null>,
  load: (context: PageContext) => Promise<D | null>,
): GetServerSideProps<PublicPageProps> {
  return whileDatabaseReachable(async (rawContext) => {
    const context = rawContext as PageContext;
    context.res.setHeader("Content-Security-Policy", NO_SCRIPT_POLICY);
    const anonymous = !context.req.cookies[SESSION_COOKIE];
    const key = anonymous ? await version(context) : null;
    if (key !== null) {
      const cacheKey = `${key}:${context.resolvedUrl}`;
      if (sendCachedPage(cacheKey, context.res)) return { props: { page: serialize(null) } };
      keepPage(cacheKey, context.res);
    }
    const [data, user] = await Promise.all([load(context), anonymous ? null : frameUser(context)]);
    return pageProps(context, data, user);
  });
}

/** One line per 10 s during an outage, not one per request (with the count of those left out). */
const logUnavailable = throttledLog({ intervalMs: 10_000 });

/**
 * While the database cannot be reached (a restart, a lost network), a public page answers
 * 503 with a German "bitte erneut versuchen" page instead of the generic error page; it is
 * never kept (only 200 is). Every other error still goes to pages/500.tsx.
 */
function whileDatabaseReachable(handler: GetServerSideProps<PublicPageProps>): GetServerSideProps<PublicPageProps> {
  return async (context) => {
    try {
      return await handler(context);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // the driver's own words (DatabaseUnavailableError carries them as its cause)
      const original = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      logUnavailable(
        `Bildungsnetz: Datenbank nicht erreichbar, Seite mit 503 beantwortet: ${
          original instanceof Error ? original.message.split("\n").at(-1) : String(original)
        }`,
      );
      context.res.statusCode = 503;
      context.res.setHeader("Retry-After", "5");
      context.res.setHeader("Cache-Control", "no-store");
      return { props: { page: serialize({ unavailable: true, user: null }) } };
    }
  };
}

function pageProps<D>(context: PageContext, data: D | null, user: FrameUser | null): { props: PublicPageProps } {
  if (data === null) {
    // answered here, not with `notFound`: Next would show the App Router's 404 page, with its JavaScript
    context.res.statusCode = 404;
    return { props: { page: serialize({ notFound: true, user }) } };
  }
  return { props: { page: serialize({ ...data, user }) } };
}

function requestHeaders(context: PageContext): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(context.req.headers))
    if (value !== undefined) headers.set(name, [value].flat().join(", "));
  // the Pages Router has the socket itself: no need to rely on the stamped header
  const peer = context.req.socket?.remoteAddress;
  if (peer) headers.set(PEER_HEADER, peer);
  else headers.delete(PEER_HEADER);
  return headers;
}

const MAX_FORM_BYTES = 64 * 1024;

/** The urlencoded body of a form post, or null if it is something else or too large. */
async function readForm(context: PageContext): Promise<FormData | null> {
  if (!String(context.req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of context.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString("utf8"))) form.append(name, value);
  return form;
}

/** What a form post of a public page leads to: another page (after a success) or the form again. */
export type PostOutcome = { redirect: string } | FormState;

/**
 * A region's public page with a form, still without JavaScript: the form is a plain POST to
 * the page itself. `post` runs the use case and names the page to go to after a success
 * (303, so reloading does not send it again) or returns the form's state (messages next to
 * the fields, typed values kept), which `load` renders. Posts from other sites are refused
 * (as the proxy does for the App Router). Never kept: these pages show what changes with
 * every post.
 */
export function regionFormPage<D>(
  load: (region: RegionSummary, context: PageContext, form: FormState) => Promise<D | null>,
  post: (region: RegionSummary, context: PageContext, form: FormData) => Promise<PostOutcome>,
): GetServerSideProps<PublicPageProps> {
  return whileDatabaseReachable(async (rawContext) => {
    const context = rawContext as PageContext;
    context.res.setHeader("Content-Security-Policy", NO_SCRIPT_POLICY);
    context.res.setHeader("Cache-Control", "private, no-store");
    const user = context.req.cookies[SESSION_COOKIE] ? frameUser(context) : Promise.resolve(null);
    const slug = param(context, "region");
    const region = await findPublicRegion(slug);
    let state: FormState = IDLE;
    if (region && context.req.method === "POST") {
      const form = isCrossSiteWrite("POST", requestHeaders(context)) ? "cross-site" : await readForm(context);
      if (form === "cross-site") {
        context.res.statusCode = 403;
        state = {
          status: "error",
          message:
            "Das Formular kam nicht von dieser Website und wurde nicht angenommen. Bitte öffnen Sie die Seite neu und senden Sie es von dort.",
        };
      } else if (!form) {
        context.res.statusCode = 400;
        state = { status: "error", message: "Das Formular kam nicht vollständig an. Bitte senden Sie es noch einmal." };
      } else {
        const outcome = await post(region, context, form);
        if ("redirect" in outcome) return { redirect: { destination: outcome.redirect, statusCode: 303 } };
        if (outcome.status === "error") context.res.statusCode = 422;
        state = outcome;
      }
    } else if (context.req.method !== "GET" && context.req.method !== "HEAD") {
      context.res.statusCode = 405;
      context.res.setHeader("Allow", "GET, HEAD, POST");
    }
    const data = region && (await load(region, context, state));
    return pageProps(context, data === null ? null : { region, ...data }, await user);
  });
}

/** A page of the portal as a whole; the cached page of a visitor is kept `ttlMs` at most. */
export function publicPage<D>(
  load: (context: PageContext) => Promise<D | null>,
  ttlMs = 10_000,
): GetServerSideProps<PublicPageProps> {
  return servePage(async () => `portal-${ttlMs}-${Math.floor(Date.now() / ttlMs)}`, load);
}

/** The same for a page of one region: unknown slug → 404; cached per region version. */
export function regionPage<D>(
  load: (region: RegionSummary, context: PageContext) => Promise<D | null>,
): GetServerSideProps<PublicPageProps> {
  // once per request (React's cache() does not memoise outside server components)
  const found = new WeakMap<object, Promise<RegionSummary | null>>();
  const regionOf = (context: PageContext) => {
    if (!found.has(context.req)) found.set(context.req, findPublicRegion(param(context, "region")));
    return found.get(context.req)!;
  };
  return servePage(
    async (context) => {
      const region = await regionOf(context);
      return region && `${region.id}:${region.publicVersion}`;
    },
    async (context) => {
      const region = await regionOf(context);
      if (!region) return null;
      const data = await load(region, context);
      return data === null ? null : { region, ...data };
    },
  );
}

/** One value of a route parameter or query parameter. */
export function param(context: PageContext, name: string): string {
  const value = context.params?.[name];
  return typeof value === "string" ? value : "";
}
