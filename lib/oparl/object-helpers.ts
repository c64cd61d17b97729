// Shared by every OParl type: version and type URIs, list entries, a Body's URLs, times, tombstones (reads no table).
import "@/lib/core/server-only.ts";

export const OPARL_VERSION = "https://schema.oparl.org/1.1/";
export const typeUri = (name: OParlType) => `${OPARL_VERSION}${name}`;
/** Fields OParl lacks carry the vendor prefix `bildungsnetz:` (documented in the README). */
export const EXT = "bildungsnetz:";

export type OParlType =
  | "System"
  | "Body"
  | "LegislativeTerm"
  | "Organization"
  | "Person"
  | "Membership"
  | "Meeting"
  | "AgendaItem"
  | "Paper"
  | "Consultation"
  | "File"
  | "Location";
export type OParlObject = Record<string, unknown> & { id: string; type: string };

/** One object of a list: its URL, its times (for filters and paging) and its JSON. */
export interface Entry {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  object: OParlObject;
}

export interface BodyContext {
  regionId: string;
  slug: string;
  /** …/api/oparl/v1 */
  base: string;
  /** the portal's own origin, for web and download links */
  origin: string;
}

export const SEGMENTS = {
  organization: "Organization",
  person: "Person",
  membership: "Membership",
  meeting: "Meeting",
  "agenda-item": "AgendaItem",
  paper: "Paper",
  consultation: "Consultation",
  file: "File",
  location: "Location",
  "legislative-term": "LegislativeTerm",
} as const satisfies Record<string, OParlType>;
export type Segment = keyof typeof SEGMENTS;

export const bodyUrl = (c: BodyContext) => `${c.base}/body/${c.slug}`;
export const listUrl = (c: BodyContext, segment: Segment) => `${bodyUrl(c)}/${segment}`;
export const objectUrl = (c: BodyContext, segment: Segment, id: string) => `${bodyUrl(c)}/${segment}/${id}`;

export const iso = (d: Date) => d.toISOString();
export const day = (d: Date) => d.toISOString().slice(0, 10);
export const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

export function times(createdAt: Date, updatedAt: Date) {
  return { created: iso(createdAt), modified: iso(updatedAt) };
}

export function tombstone(type: OParlType, id: string, createdAt: Date, updatedAt: Date): OParlObject {
  return { id, type: typeUri(type), ...times(createdAt, updatedAt), deleted: true };
}

/** Drops empty optional fields: OParl wants a field left out rather than empty. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
      delete object[key];
  }
  return object;
}

/** Public and not deleted: what may show with its content (otherwise a tombstone, or nothing). */
export const isLive = (m: { isPublic: boolean; deletedAt: Date | null }) => m.isPublic && !m.deletedAt;

export function fieldExtension(c: BodyContext, field: { name: string; slug: string } | null) {
  return field ? { name: field.name, web: `${c.origin}/${c.slug}/handlungsfelder/${field.slug}` } : undefined;
}
