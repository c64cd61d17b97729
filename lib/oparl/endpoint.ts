import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";
import { ValidationError } from "@/lib/core/errors.ts";
import { OPEN_DATA_LICENCE } from "@/lib/opendata/offer-feed.ts";
import { isValidRegionSlug } from "@/lib/regions/reserved-slugs.ts";
import { encodeCursor, pageInMemory, parseListQuery, type ListQuery } from "./list-query.ts";
import { legislativeTerms } from "./legislative-term.ts";
import {
  bodyUrl,
  listUrl,
  OPARL_VERSION,
  SEGMENTS,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
  type Segment,
} from "./object-helpers.ts";
import { SOURCES } from "./sources.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** The answer of the endpoint: status and JSON. */
export interface OParlResponse {
  status: number;
  body: Record<string, unknown>;
}

export const OPARL_PATH = "/api/oparl/v1";
const INSTITUTION = /^institution-[0-9a-f]{20}$/;

function error(status: number, message: string, debug?: unknown): OParlResponse {
  return { status, body: { type: `${OPARL_VERSION}Error`, message, ...(debug ? { debug } : {}) } };
}

const notFound = () => error(404, "Dieses Objekt gibt es hier nicht (oder es ist nicht öffentlich).");

function listPage(self: URL, q: ListQuery, entries: Entry[]): OParlResponse {
  const page = entries.slice(0, q.limit);
  const first = new URL(self);
  first.searchParams.delete("after");
  const links: Record<string, string> = { first: first.toString(), self: self.toString() };
  if (entries.length > q.limit) {
    const last = page.at(-1)!;
    const next = new URL(self);
    next.searchParams.set("after", encodeCursor(last.updatedAt, last.id));
    links.next = next.toString();
  }
  return { status: 200, body: { data: page.map((e) => e.object), pagination: { elementsPerPage: q.limit }, links } };
}

async function regionBySlug(slug: string) {
  if (!isValidRegionSlug(slug)) return null;
  return withoutRegion((tx) =>
    tx.region.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        contactName: true,
        contactEmail: true,
        website: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
  );
}
type RegionRow = NonNullable<Awaited<ReturnType<typeof regionBySlug>>>;

async function systemObject(base: string, origin: string): Promise<OParlObject> {
  const span = await withoutRegion((tx) =>
    tx.region.aggregate({ _min: { createdAt: true }, _max: { updatedAt: true } }),
  );
  const created = span._min.createdAt ?? new Date(0);
  return {
    id: `${base}/system`,
    type: typeUri("System"),
    oparlVersion: OPARL_VERSION,
    name: "Bildungsnetz NRW – Regionale Bildungsnetzwerke in Nordrhein-Westfalen",
    body: `${base}/body`,
    license: OPEN_DATA_LICENCE.url,
    website: origin,
    vendor: origin,
    product: `${origin}/api/oparl/v1/system`,
    created: created.toISOString(),
    modified: (span._max.updatedAt ?? created).toISOString(),
  };
}

async function bodyObject(c: BodyContext, region: RegionRow, omitInternal: boolean): Promise<OParlObject> {
  const terms = omitInternal
    ? []
    : (await withRegion(c.regionId, (tx) => legislativeTerms(tx, c, null))).map((e) => e.object);
  const object: OParlObject = {
    id: bodyUrl(c),
    type: typeUri("Body"),
    system: `${c.base}/system`,
    name: `Regionales Bildungsnetzwerk ${region.name}`,
    shortName: region.name,
    website: region.website || `${c.origin}/${region.slug}`,
    license: OPEN_DATA_LICENCE.url,
    classification: region.kind === "KREIS" ? "Kreis" : "Kreisfreie Stadt",
    contactEmail: region.contactEmail || undefined,
    contactName: region.contactName || undefined,
    organization: listUrl(c, "organization"),
    person: listUrl(c, "person"),
    meeting: listUrl(c, "meeting"),
    paper: listUrl(c, "paper"),
    legislativeTerm: terms,
    legislativeTermList: listUrl(c, "legislative-term"),
    agendaItem: listUrl(c, "agenda-item"),
    consultation: listUrl(c, "consultation"),
    file: listUrl(c, "file"),
    locationList: listUrl(c, "location"),
    membership: listUrl(c, "membership"),
    web: `${c.origin}/${region.slug}`,
    created: region.createdAt.toISOString(),
    modified: region.updatedAt.toISOString(),
  };
  for (const key of ["contactEmail", "contactName"]) if (object[key] === undefined) delete object[key];
  return object;
}

/**
 * GET of any URL under /api/oparl/v1 (OParl 1.1): /system, /body, /body/{region},
 * /body/{region}/{list} and /body/{region}/{list}/{id}. Lists take created_since,
 * created_until, modified_since, modified_until, omit_internal, limit and the `after` of
 * their `next` link.
 */
export async function oparlGet(path: string[], requestUrl: URL, origin: string): Promise<OParlResponse> {
  const base = `${origin}${OPARL_PATH}`;
  const self = new URL(`${base}/${path.join("/")}`);
  for (const [key, value] of requestUrl.searchParams) self.searchParams.set(key, value);
  try {
    if (path.length === 1 && path[0] === "system") return { status: 200, body: await systemObject(base, origin) };
    if (path[0] !== "body") return notFound();
    if (path.length === 1) {
      const q = parseListQuery(requestUrl.searchParams);
      const regions = await withoutRegion((tx) =>
        tx.region.findMany({
          select: {
            id: true,
            slug: true,
            name: true,
            kind: true,
            contactName: true,
            contactEmail: true,
            website: true,
            createdAt: true,
            updatedAt: true,
          },
        }),
      );
      const page = pageInMemory(
        regions.map((r) => ({ ...r, regionId: r.id, id: r.slug })),
        q,
      );
      const entries: Entry[] = [];
      for (const region of page) {
        const c = { regionId: region.regionId, slug: region.slug, base, origin };
        entries.push({
          id: region.slug,
          createdAt: region.createdAt,
          updatedAt: region.updatedAt,
          object: await bodyObject(c, { ...region, id: region.regionId }, q.omitInternal),
        });
      }
      return listPage(self, q, entries);
    }
    const region = await regionBySlug(path[1]!);
    if (!region) return notFound();
    const c: BodyContext = { regionId: region.id, slug: region.slug, base, origin };
    if (path.length === 2) return { status: 200, body: await bodyObject(c, region, false) };
    const segment = path[2] as Segment;
    if (!Object.hasOwn(SEGMENTS, segment) || path.length > 4) return notFound();
    const source = SOURCES[segment];
    if (path.length === 3) {
      const q = parseListQuery(requestUrl.searchParams);
      return listPage(self, q, await withRegion(c.regionId, (tx) => source(tx, c, q)));
    }
    const id = path[3]!;
    if (!isUuid(id) && !(segment === "organization" && INSTITUTION.test(id))) return notFound();
    const [entry] = await withRegion(c.regionId, (tx) => source(tx, c, null, id));
    return entry ? { status: 200, body: entry.object } : notFound();
  } catch (caught) {
    if (caught instanceof ValidationError)
      return error(400, Object.values(caught.fieldErrors).flat().join(" ") || caught.message, caught.fieldErrors);
    throw caught;
  }
}
