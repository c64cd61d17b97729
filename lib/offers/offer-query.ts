import { SLUG_PATTERN } from "@/lib/core/validation/slug.ts";
import { berlinLocalToUtc } from "@/lib/core/validation/berlin-time.ts";
import { OFFER_KIND_LABEL, TARGET_GROUP_LABEL, type OfferKind, type TargetGroup } from "./labels.ts";
import { firstCharacters, stripInvisibleFormatting } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

// The offer search form and its URL parameters: pure code, shared by the search (server)
// and the result views.
export const PAGE_SIZE = 20;

export interface OfferQuery {
  q: string;
  /** NRW-wide search only: the slug of one region. */
  region: string | null;
  /** Handlungsfeld by slug (the NRW standard fields share their slugs across regions). */
  field: string | null;
  group: TargetGroup | null;
  kind: OfferKind | null;
  locality: string | null;
  from: string | null;
  until: string | null;
  free: boolean;
  wheelchair: boolean;
  easyLanguage: boolean;
  sort: "relevanz" | "datum";
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the search form (GET parameters, German names so result URLs read well). Unknown or
 * malformed values are dropped with a German note instead of failing the page.
 */
export function parseOfferQuery(params: Record<string, string | string[] | undefined>): {
  query: OfferQuery;
  notes: string[];
} {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.normalize("NFC").trim() ?? "";
  };
  const notes: string[] = [];
  const date = (key: string, label: string) => {
    const value = one(key);
    if (!value) return null;
    if (DATE.test(value) && berlinLocalToUtc(`${value}T00:00`)) return value;
    notes.push(`${label} „${value.slice(0, 20)}“ ist kein Datum (TT.MM.JJJJ) und wurde nicht berücksichtigt.`);
    return null;
  };
  const member = <T extends string>(value: string, allowed: Record<T, string>): T | null =>
    value in allowed ? (value as T) : null;
  const page = Number(one("seite"));
  let from = date("von", "Das Datum „von“");
  let until = date("bis", "Das Datum „bis“");
  if (from && until && until < from) {
    notes.push("Das Datum „bis“ liegt vor „von“; die beiden wurden getauscht.");
    [from, until] = [until, from];
  }
  return {
    query: {
      q: firstCharacters(stripInvisibleFormatting(one("q")).replace(/[\u0000-\u001f]/g, " "), 200),
      region: SLUG_PATTERN.test(one("region")) ? one("region") : null,
      field: SLUG_PATTERN.test(one("feld")) ? one("feld") : null,
      group: member(one("zielgruppe"), TARGET_GROUP_LABEL),
      kind: member(one("art"), OFFER_KIND_LABEL),
      locality: isUuid(one("ort")) ? one("ort") : null,
      from,
      until,
      free: one("kostenlos") === "ja",
      wheelchair: one("rollstuhlgerecht") === "ja",
      easyLanguage: one("leichte-sprache") === "ja",
      sort: one("sortierung") === "datum" ? "datum" : "relevanz",
      page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    },
    notes,
  };
}

export interface OfferHit {
  id: string;
  regionSlug: string;
  regionName: string;
  title: string;
  summary: string;
  kind: OfferKind;
  isFree: boolean;
  wheelchairAccessible: boolean;
  easyLanguage: boolean;
  city: string | null;
  locality: string | null;
  nextDate: Date | null;
  fields: string[];
}

/** The query as URL parameters (for pagination links and shareable result pages). */
export function offerQueryParams(query: OfferQuery, page = query.page): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.region) params.set("region", query.region);
  if (query.field) params.set("feld", query.field);
  if (query.group) params.set("zielgruppe", query.group);
  if (query.kind) params.set("art", query.kind);
  if (query.locality) params.set("ort", query.locality);
  if (query.from) params.set("von", query.from);
  if (query.until) params.set("bis", query.until);
  if (query.free) params.set("kostenlos", "ja");
  if (query.wheelchair) params.set("rollstuhlgerecht", "ja");
  if (query.easyLanguage) params.set("leichte-sprache", "ja");
  if (query.sort === "datum") params.set("sortierung", "datum");
  if (page > 1) params.set("seite", String(page));
  return params.toString();
}
