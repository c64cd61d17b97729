import { describe, expect, it } from "vitest";
import { EMOJI_SUBSTITUTE, printable } from "../../lib/core/pdf/fonts.ts";
import { markdownBlocks } from "../../lib/core/pdf/markdown.ts";
import type { DocumentSpec } from "../../lib/core/pdf/model.ts";
import { renderDocument } from "../../lib/core/pdf/render.ts";
import { HOSTILE_MARKDOWN, HOSTILE_RENDERED, pdfInfo, pdfOutline, pdfProblems, pdfText } from "../support/pdf.ts";

const letterhead = {
  regionName: "Bildungsnetzwerk Kreis Musterstadt",
  sender: "Lenkungskreis",
  footer: ["Bildungsbüro Kreis Musterstadt", "Markt 1, 12345 Musterstadt", "bildungsbuero@example.org"],
};

const spec = (over: Partial<DocumentSpec> = {}): DocumentSpec => ({
  title: "Protokoll der 3. Sitzung",
  kind: "Protokoll",
  date: new Date(),
  letterhead,
  blocks: [
    { kind: "heading", level: 2, text: "TOP 1: Begrüßung" },
    { kind: "markdown", text: HOSTILE_MARKDOWN },
  ],
  ...over,
});

async function pagesOf(pdf: Uint8Array) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, " "));
}

describe("the document pipeline", () => {
  it("renders Markdown instead of printing it: every character of a hostile sample, no markers, raw HTML dropped", async () => {
    const { pdf } = await renderDocument(spec());
    const text = await pdfText(pdf);
    for (const piece of HOSTILE_RENDERED) expect(text).toContain(piece);
    for (const marker of ["**", "*Standorten*", "## ", "<script", "alert(", "| ---", "\ufffd", "Ð", "Ø=Ü"])
      expect(text).not.toContain(marker);
    expect(text).toContain(EMOJI_SUBSTITUTE);
    // A precomposed letter (ị) keeps its own glyph: the plain "i" elsewhere stays an "i".
    expect(text).toMatch(/Seite 1 von 1$/);
  });

  it("embeds every font, is tagged with language de-DE, shows its title and has bookmarks", async () => {
    const { pdf } = await renderDocument(spec());
    expect(await pdfProblems(pdf)).toEqual([]);
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe("yes");
    expect(info.Title).toBe("Protokoll der 3. Sitzung");
    const outline = await pdfOutline(pdf);
    expect(outline.map((o) => o.title)).toEqual(["Protokoll der 3. Sitzung"]);
    expect(outline[0]!.items.map((i) => i.title)).toEqual(["TOP 1: Begrüßung"]);
    // Headings, paragraphs, lists and tables carry their structure.
    const raw = Buffer.from(pdf).toString("latin1");
    for (const tag of ["/H1", "/H2", "/H3", "/P", "/L", "/LI", "/LBody", "/Table", "/TH", "/TD", "/BlockQuote"])
      expect(raw).toContain(`/S ${tag}\n`);
  });

  it("prints letterhead, the office's address, 'Seite x von y' and the status of a draft on every page", async () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      kind: "paragraph" as const,
      runs: [{ text: `Absatz ${i + 1}: ${"Ein längerer Text über die Sitzung. ".repeat(6)}` }],
    }));
    const { pdf, pageCount } = await renderDocument(spec({ status: "Entwurf", blocks: long }));
    expect(pageCount).toBeGreaterThan(2);
    const pages = await pagesOf(pdf);
    expect(pages).toHaveLength(pageCount);
    expect(pages[0]).toContain("Bildungsnetzwerk Kreis Musterstadt");
    expect(pages[0]).toContain("Lenkungskreis");
    expect(pages[0]).toMatch(/Datum: \d{1,2}\. \p{L}+ \d{4}/u);
    pages.forEach((page, i) => {
      expect(page).toContain(`Seite ${i + 1} von ${pageCount}`);
      expect(page).toContain("ENTWURF");
      expect(page).toContain("Bildungsbüro Kreis Musterstadt · Markt 1, 12345 Musterstadt");
    });
    const final = await pagesOf((await renderDocument(spec({ blocks: long }))).pdf);
    for (const page of final) expect(page).not.toContain("ENTWURF");
  });

  it("normalises line ends, tabs and decomposed accents, and replaces what the font lacks deliberately", () => {
    expect(printable("a\r\nb\rc\td")).toBe("a\nb\nc d");
    expect(printable("Nguye\u0302\u0303n")).toBe("Nguyễn");
    expect(printable("Familie 👩‍👩‍👧 und 👍🏽!")).toBe(`Familie ${EMOJI_SUBSTITUTE} und ${EMOJI_SUBSTITUTE}!`);
    expect(printable("Teilnehmende: 王")).toBe("Teilnehmende: [?]");
    expect(printable("„€ – § ½ ß Ayşe Łukasz“")).toBe("„€ – § ½ ß Ayşe Łukasz“");
  });

  it("reads Markdown with the web pages' parser: nested lists, quotes, tables, links; no HTML", () => {
    const blocks = markdownBlocks(HOSTILE_MARKDOWN, 3);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "list", "quote", "table", "paragraph"]);
    const list = blocks[2] as Extract<(typeof blocks)[number], { kind: "list" }>;
    expect(list.items[0]!.map((b) => b.kind)).toEqual(["paragraph", "list"]);
    expect(JSON.stringify(blocks)).not.toContain("script");
  });
});
