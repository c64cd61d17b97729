import { firstCharacters, stripInvisibleFormatting } from "@/lib/core/validation/text.ts";
import { SEARCH_KINDS, type SearchKind } from "./labels.ts";

// The internal search form's URL parameters: pure code, shared by the search and the page.
export const MAX_QUERY_LENGTH = 200;

export interface SearchQuery {
  /** The text as typed, cleaned: NFC, no control or invisible characters, at most 200 characters. */
  text: string;
  /** Only this kind, with more results; null: every kind, a few each. */
  kind: SearchKind | null;
}

export function parseSearchQuery(params: Record<string, string | string[] | undefined>): SearchQuery {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const text = firstCharacters(
    stripInvisibleFormatting(one("q").toWellFormed().normalize("NFC"))
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    MAX_QUERY_LENGTH,
  ).trim();
  const kind = one("art");
  return { text, kind: (SEARCH_KINDS as readonly string[]).includes(kind) ? (kind as SearchKind) : null };
}

/**
 * Splits the text for prefix matching of the word being typed: "Protokoll Haush" finds
 * "Haushaltsplan". Only a plain last word (letters and digits, no operator, not after "or"
 * or "-") becomes a prefix; everything else goes through websearch_to_tsquery as typed.
 */
export function splitPrefix(text: string): { rest: string; prefix: string } {
  const match = /^(.*?)([\p{L}\p{N}]+)$/u.exec(text);
  if (!match) return { rest: text, prefix: "" };
  const rest = match[1]!;
  if (rest !== "" && !/\s$/.test(rest)) return { rest: text, prefix: "" };
  if (/(^|\s)or\s$/i.test(rest) || /["]/.test(rest.replace(/"[^"]*"/g, ""))) return { rest: text, prefix: "" };
  return { rest: rest.trim(), prefix: match[2]! };
}

/** The search URL of a query (kind links, the "alle Treffer" links). */
export function searchHref(slug: string, text: string, kind: SearchKind | null = null): string {
  const params = new URLSearchParams({ q: text });
  if (kind) params.set("art", kind);
  return `/${slug}/intern/suche?${params.toString()}`;
}

/**
 * ts_headline marks hits with these control characters instead of HTML; the page renders the
 * parts as text (React escapes them) with <mark> around hits, so no stored text becomes markup.
 * A stored control character can at worst misplace a highlight.
 */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * Minutes and descriptions are stored as Markdown; a snippet shows their text, not the syntax:
 * without bullets and heading marks at line starts and without the emphasis markers (a gender
 * star as in „Partner*innen“ stays).
 */
export function withoutMarkdown(text: string): string {
  return text
    .replace(/^[ \t]*(?:[-*+]|#{1,6})[ \t]+/gm, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[\s(„"])[*_](?=[^\s*_])/g, "$1")
    .replace(/([^\s*_])[*_](?=$|[\s.,;:!?)“"])/g, "$1");
}

export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [i, piece] of withoutMarkdown(snippet).split(MARK_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece.replaceAll(MARK_END, ""), marked: false });
      continue;
    }
    const [marked = "", ...after] = piece.split(MARK_END);
    if (marked) parts.push({ text: marked, marked: true });
    const tail = after.join("");
    if (tail) parts.push({ text: tail, marked: false });
  }
  return parts;
}
