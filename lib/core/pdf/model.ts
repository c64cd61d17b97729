/**
 * The structured content every PDF of the portal is made from (lib/core/pdf/render.ts turns
 * it into a tagged PDF with one set of styles). Use cases build a DocumentSpec; they never
 * draw on a page themselves.
 */

/** A piece of running text in one style. A link is printed as its text followed by the URL. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

export type Block =
  /** Level 1 is the document title (one per document); 2 and 3 are sections; each gets a bookmark unless `bookmark: false`. */
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string; bookmark?: boolean; anchor?: string }
  | { kind: "paragraph"; runs: Run[]; muted?: boolean; small?: boolean }
  | { kind: "list"; ordered?: boolean; items: Block[][] }
  | { kind: "table"; header: string[]; rows: Run[][][]; widths?: number[]; minRowHeight?: number }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "keyValue"; items: { key: string; value: string }[] }
  /** Markdown typed by people, rendered (not printed) with the parser of the web pages. */
  | { kind: "markdown"; text: string; headingLevel?: 2 | 3 | 4; empty?: string }
  /** Name badges: cards of the given size in mm, as many per page as fit. */
  | {
      kind: "cards";
      widthMm: number;
      heightMm: number;
      cards: { top: string; name: string; detail: string; note: string }[];
    }
  | { kind: "rule" }
  | { kind: "pageBreak" };

export interface Letterhead {
  /** "Bildungsnetzwerk Kreis Musterstadt" */
  regionName: string;
  /** The sender within the region, e.g. the body or "Bildungsbüro". */
  sender?: string;
  /** PNG or JPEG bytes (uploaded by the office, already checked and rasterised). */
  logo?: Uint8Array | null;
  /** Lines of the footer: the Bildungsbüro's name, address, contact. */
  footer: string[];
}

export interface DocumentSpec {
  /** Document title (PDF metadata, H1, bookmark). */
  title: string;
  /** What kind of document, above the title: "Einladung", "Protokoll"… */
  kind: string;
  /** Shown under the title (date, place…). */
  meta?: string[];
  /** Status printed on every page, e.g. "Entwurf" – absent for final documents. */
  status?: string;
  /** The document's date (letterhead). */
  date: Date;
  letterhead: Letterhead;
  blocks: Block[];
  /** Page numbers count on from here (Sitzungsmappe: the attachments come after). */
  totalPages?: number;
}

export const paragraph = (text: string, style: Omit<Run, "text"> = {}): Block => ({
  kind: "paragraph",
  runs: [{ text, ...style }],
});
