import "@/lib/core/server-only.ts";
import PDFDocument from "pdfkit";
import { berlinDateLong } from "@/lib/core/format/berlin-dates.ts";
import { fontBuffers, printable, type FontFace } from "./fonts.ts";
import { markdownBlocks } from "./markdown.ts";
import type { Block, DocumentSpec, Run } from "./model.ts";

/** The one set of styles of every PDF. */
const COLOUR = { text: "#1a1f24", muted: "#4b5560", brand: "#06352a", rule: "#9aa5ad", status: "#a4161a" };
const MARGIN = { top: 78, bottom: 74, left: 62, right: 62 };
const SIZE = { 1: 18, 2: 14, 3: 12, 4: 11, body: 10.5, small: 9, furniture: 8 } as const;
const INDENT = 16;

export interface RenderedDocument {
  pdf: Buffer;
  pageCount: number;
  /** Page index (0-based) where each heading with an `anchor` landed. */
  anchors: Record<string, number>;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;

const faceOf = (run: { bold?: boolean; italic?: boolean }): FontFace =>
  run.bold && run.italic ? "boldItalic" : run.bold ? "bold" : run.italic ? "italic" : "regular";

/**
 * A DocumentSpec as an accessible PDF: Noto Sans embedded, tagged structure (Document, H1–H4,
 * P, L/LI/Lbl/LBody, Table/TR/TH/TD, BlockQuote), language de-DE, title shown by viewers,
 * bookmarks for the headings; letterhead on the first page, and on every page the status (for
 * drafts), the Bildungsbüro's address and "Seite x von y" as artifacts.
 */
export function renderDocument(spec: DocumentSpec): Promise<RenderedDocument> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      tagged: true,
      lang: "de-DE",
      displayTitle: true,
      pdfVersion: "1.7",
      info: {
        Title: printable(spec.title),
        Subject: printable(spec.kind),
        Author: printable(spec.letterhead.regionName),
        Creator: "Bildungsnetz NRW",
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("error", reject);
    const anchors: Record<string, number> = {};
    let pageCount = 0;
    doc.on("end", () => resolve({ pdf: Buffer.concat(chunks), pageCount, anchors }));

    try {
      registerFaces(doc);
      const r = new Renderer(doc, anchors);
      r.document(spec);
      pageCount = doc.bufferedPageRange().count;
      r.furniture(spec, spec.totalPages ?? pageCount);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Noto Sans' "ccmp" feature splits precomposed letters such as "ị" into "i" + a combining dot,
 * and pdfkit then maps the glyph "i" back to "ị" everywhere in the text layer (copy, search,
 * screen readers read "Seịte"). The font has the precomposed glyphs: lay out without it. Set
 * as the default of each face's fontkit font, so pdfkit's layout cache (used only when a call
 * names no features) stays on.
 */
const FEATURES = { ccmp: false, frac: false, numr: false, dnom: false };

type LayoutFont = { layout: (text: string, features?: unknown) => unknown };

function registerFaces(doc: Doc) {
  for (const [face, buffer] of Object.entries(fontBuffers())) {
    doc.registerFont(face, buffer);
    doc.font(face);
    const font = (doc as unknown as { _font: { font?: LayoutFont } })._font.font;
    if (!font) throw new Error(`Schrift ${face} ist nicht geladen`);
    const layout = font.layout.bind(font);
    font.layout = (text, features) => layout(text, features ?? FEATURES);
  }
}

class Renderer {
  private outline: { 1?: Outline; 2?: Outline; 3?: Outline } = {};
  constructor(
    private readonly doc: Doc,
    private readonly anchors: Record<string, number>,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get pageIndex() {
    return this.doc.bufferedPageRange().count - 1;
  }

  private ensureSpace(height: number) {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.continueOnNewPage();
  }

  private tag(parent: Struct, type: string, draw: () => void) {
    parent.add(this.doc.struct(type, {}, [draw]));
  }

  private artifact(draw: () => void) {
    this.doc.markContent("Artifact", { type: "Pagination" });
    draw();
    this.doc.endMarkedContent();
  }

  document(spec: DocumentSpec) {
    const { doc } = this;
    const root = doc.struct("Document");
    doc.addStructure(root);
    this.letterhead(spec, root);
    this.blocks(spec.blocks, root, 0);
    root.end();
  }

  private letterhead(spec: DocumentSpec, root: Struct) {
    const { doc } = this;
    const { letterhead } = spec;
    const top = doc.y;
    let logoBottom = top;
    if (letterhead.logo) {
      try {
        this.artifact(() => doc.image(Buffer.from(letterhead.logo!), this.left, top, { fit: [150, 52] }));
        logoBottom = top + 56;
      } catch {
        // An unreadable logo leaves the letterhead without it rather than failing the document.
      }
    }
    // The sender block takes what the logo leaves (the logo is at most 150 pt wide).
    const senderWidth = logoBottom > top ? this.width - 170 : this.width;
    const right = this.left + this.width - senderWidth;
    doc.y = top;
    this.tag(root, "P", () => {
      doc
        .font("bold")
        .fontSize(11)
        .fillColor(COLOUR.brand)
        .text(printable(letterhead.regionName), right, top, { width: senderWidth, align: "right" });
      doc.font("regular").fontSize(SIZE.small).fillColor(COLOUR.muted);
      if (letterhead.sender) doc.text(printable(letterhead.sender), { width: senderWidth, align: "right" });
      doc.text(`Datum: ${berlinDateLong.format(spec.date)}`, { width: senderWidth, align: "right" });
    });
    doc.x = this.left;
    doc.y = Math.max(doc.y, logoBottom) + 18;
    this.tag(root, "P", () =>
      doc.font("regular").fontSize(SIZE.small).fillColor(COLOUR.muted).text(printable(spec.kind), this.left, doc.y, {
        width: this.width,
      }),
    );
    this.heading({ kind: "heading", level: 1, text: spec.title }, root);
    const meta = [...(spec.meta ?? []), ...(spec.status ? [`Status: ${spec.status}`] : [])];
    if (meta.length > 0)
      this.tag(root, "P", () => {
        doc.font("regular").fontSize(SIZE.body).fillColor(COLOUR.text);
        for (const line of meta) doc.text(printable(line), this.left, doc.y, { width: this.width });
      });
    doc.moveDown(0.8);
  }

  private blocks(blocks: Block[], parent: Struct, indent: number) {
    for (const block of blocks) this.block(block, parent, indent);
  }

  private block(block: Block, parent: Struct, indent: number) {
    const { doc } = this;
    switch (block.kind) {
      case "heading":
        return this.heading(block, parent, indent);
      case "paragraph":
        return this.paragraph(block.runs, parent, indent, block);
      case "markdown": {
        const blocks = markdownBlocks(block.text, block.headingLevel ?? 3);
        if (blocks.length === 0 && block.empty)
          return this.paragraph([{ text: block.empty }], parent, indent, { muted: true });
        return this.blocks(blocks, parent, indent);
      }
      case "list":
        return this.list(block, parent, indent);
      case "quote": {
        const quote = doc.struct("BlockQuote");
        parent.add(quote);
        const startPage = this.pageIndex;
        const startY = doc.y;
        this.blocks(block.blocks, quote, indent + INDENT);
        quote.end();
        const x = this.left + indent + 4;
        const fromY = this.pageIndex === startPage ? startY : doc.page.margins.top;
        this.artifact(() =>
          doc
            .lineWidth(2)
            .strokeColor(COLOUR.rule)
            .moveTo(x, fromY)
            .lineTo(x, doc.y - 4)
            .stroke(),
        );
        return;
      }
      case "table":
        return this.table(block, parent, indent);
      case "keyValue":
        for (const item of block.items)
          this.paragraph([{ text: `${item.key}: `, bold: true }, { text: item.value }], parent, indent, {
            tight: true,
          });
        doc.moveDown(0.4);
        return;
      case "cards":
        return this.cards(block, parent);
      case "rule":
        this.ensureSpace(12);
        this.artifact(() =>
          doc
            .lineWidth(0.5)
            .strokeColor(COLOUR.rule)
            .moveTo(this.left + indent, doc.y + 4)
            .lineTo(this.left + this.width, doc.y + 4)
            .stroke(),
        );
        doc.y += 12;
        return;
      case "pageBreak":
        doc.continueOnNewPage();
        return;
    }
  }

  private heading(block: Extract<Block, { kind: "heading" }>, parent: Struct, indent = 0) {
    const { doc } = this;
    const size = SIZE[block.level];
    if (block.level > 1) doc.moveDown(block.level === 2 ? 0.6 : 0.3);
    // Keep a heading with at least two lines of what follows.
    this.ensureSpace(size * 1.6 + SIZE.body * 3);
    if (block.anchor) this.anchors[block.anchor] = this.pageIndex;
    if (block.bookmark !== false) {
      const level = Math.min(block.level, 3) as 1 | 2 | 3;
      const above = level === 3 ? (this.outline[2] ?? this.outline[1]) : level === 2 ? this.outline[1] : undefined;
      const item = (above ?? doc.outline).addItem(printable(block.text), {
        top: doc.y - 6,
        left: doc.page.width,
        expanded: level === 1,
      } as never);
      this.outline[level] = item;
      if (level === 1) this.outline = { 1: item };
      if (level === 2) this.outline = { 1: this.outline[1], 2: item };
    }
    this.tag(parent, `H${block.level}`, () =>
      doc
        .font("bold")
        .fontSize(size)
        .fillColor(block.level <= 2 ? COLOUR.brand : COLOUR.text)
        .text(printable(block.text), this.left + indent, doc.y, { width: this.width - indent }),
    );
    doc.moveDown(0.25);
  }

  private drawRuns(runs: Run[], x: number, width: number, size: number, colour: string) {
    const { doc } = this;
    const parts = runs.map((r) => ({ ...r, text: printable(r.text) })).filter((r) => r.text.length > 0);
    if (parts.length === 0) return;
    doc.fontSize(size).fillColor(colour);
    parts.forEach((run, i) => {
      const options = {
        width,
        continued: i < parts.length - 1,
        link: run.link ?? null,
        underline: Boolean(run.link),
      };
      doc.font(faceOf(run));
      if (i === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
  }

  private paragraph(
    runs: Run[],
    parent: Struct,
    indent: number,
    style: { muted?: boolean; small?: boolean; tight?: boolean } = {},
  ) {
    const { doc } = this;
    if (!runs.some((r) => printable(r.text).trim())) return;
    const size = style.small ? SIZE.small : SIZE.body;
    this.ensureSpace(size * 1.4);
    this.tag(parent, "P", () =>
      this.drawRuns(runs, this.left + indent, this.width - indent, size, style.muted ? COLOUR.muted : COLOUR.text),
    );
    doc.x = this.left;
    if (!style.tight) doc.moveDown(0.35);
  }

  private list(block: Extract<Block, { kind: "list" }>, parent: Struct, indent: number) {
    const { doc } = this;
    const list = doc.struct("L");
    parent.add(list);
    block.items.forEach((blocks, i) => {
      const item = doc.struct("LI");
      list.add(item);
      this.ensureSpace(SIZE.body * 1.4);
      const y = doc.y;
      const label = block.ordered ? `${i + 1}.` : indent >= INDENT ? "–" : "•";
      this.tag(item, "Lbl", () =>
        doc
          .font("regular")
          .fontSize(SIZE.body)
          .fillColor(COLOUR.text)
          .text(label, this.left + indent, y, { width: INDENT, lineBreak: false }),
      );
      doc.y = y;
      const body = doc.struct("LBody");
      item.add(body);
      // Paragraphs of a list item sit tight; nested lists indent once more.
      blocks.forEach((child) => {
        if (child.kind === "paragraph")
          this.paragraph(child.runs, body, indent + INDENT, { tight: true, muted: child.muted, small: child.small });
        else this.block(child, body, indent + INDENT);
      });
      body.end();
      item.end();
    });
    list.end();
    doc.x = this.left;
    if (indent === 0) doc.moveDown(0.35);
  }

  private table(block: Extract<Block, { kind: "table" }>, parent: Struct, indent: number) {
    const { doc } = this;
    const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
    if (columns === 0) return;
    const total = this.width - indent;
    const weights =
      block.widths ??
      Array.from({ length: columns }, (_, c) =>
        Math.min(
          40,
          Math.max(
            6,
            (block.header[c] ?? "").length,
            ...block.rows.map((row) => (row[c] ?? []).reduce((n, run) => n + run.text.length, 0)),
          ),
        ),
      );
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / sum) * total);
    const pad = 4;
    const table = doc.struct("Table");
    parent.add(table);
    const heightOf = (cells: Run[][], header: boolean) =>
      Math.max(
        header ? 0 : (block.minRowHeight ?? 0),
        ...cells.map((runs, c) => {
          doc.font(header ? "bold" : "regular").fontSize(SIZE.small);
          const text = runs.map((r) => printable(r.text)).join("");
          return doc.heightOfString(text || " ", { width: widths[c]! - 2 * pad }) + 2 * pad;
        }),
      );
    const row = (cells: Run[][], header: boolean) => {
      const height = heightOf(cells, header);
      if (doc.y + height > doc.page.maxY()) {
        doc.continueOnNewPage();
        if (!header && block.header.length > 0) drawRow(headerCells, true);
      }
      drawRow(cells, header, height);
    };
    const drawRow = (cells: Run[][], header: boolean, height = heightOf(cells, header)) => {
      const tr = doc.struct("TR");
      table.add(tr);
      const y = doc.y;
      let x = this.left + indent;
      if (header) this.artifact(() => doc.rect(x, y, total, height).fillColor("#e8eeeb").fill().fillColor(COLOUR.text));
      for (let c = 0; c < columns; c++) {
        const cell = cells[c] ?? [];
        const cellX = x;
        tr.add(
          doc.struct(
            header ? "TH" : "TD",
            (header ? { scope: "Column" } : {}) as PDFKit.Mixins.StructureElementOptions,
            [
              () => {
                doc.y = y + pad;
                if (cell.length > 0)
                  this.drawRuns(
                    header ? cell.map((r) => ({ ...r, bold: true })) : cell,
                    cellX + pad,
                    widths[c]! - 2 * pad,
                    SIZE.small,
                    COLOUR.text,
                  );
              },
            ],
          ),
        );
        x += widths[c]!;
      }
      tr.end();
      this.artifact(() =>
        doc
          .lineWidth(0.5)
          .strokeColor(COLOUR.rule)
          .moveTo(this.left + indent, y + height)
          .lineTo(this.left + indent + total, y + height)
          .stroke(),
      );
      doc.x = this.left;
      doc.y = y + height;
    };
    const headerCells = block.header.map((text) => [{ text }]);
    if (block.header.length > 0) {
      this.ensureSpace(heightOf(headerCells, true) + SIZE.small * 3);
      row(headerCells, true);
    }
    for (const cells of block.rows) row(cells, false);
    table.end();
    doc.moveDown(0.6);
  }

  private cards(block: Extract<Block, { kind: "cards" }>, parent: Struct) {
    const { doc } = this;
    const mm = 72 / 25.4;
    const [w, h] = [block.widthMm * mm, block.heightMm * mm];
    const columns = Math.max(1, Math.floor((doc.page.width - 20 * mm) / w));
    const rows = Math.max(1, Math.floor((doc.page.maxY() - doc.page.margins.top) / h));
    const left = (doc.page.width - columns * w) / 2;
    if (doc.y > doc.page.margins.top + 1) doc.continueOnNewPage();
    const list = doc.struct("L");
    parent.add(list);
    block.cards.forEach((card, index) => {
      if (index > 0 && index % (columns * rows) === 0) doc.continueOnNewPage();
      const slot = index % (columns * rows);
      const x = left + (slot % columns) * w;
      const y = doc.page.margins.top + Math.floor(slot / columns) * h;
      this.artifact(() =>
        doc.lineWidth(0.5).strokeColor(COLOUR.rule).dash(3, { space: 3 }).rect(x, y, w, h).stroke().undash(),
      );
      const inner = { width: w - 24, ellipsis: true };
      this.tag(list, "LI", () => {
        doc
          .font("regular")
          .fontSize(8)
          .fillColor(COLOUR.muted)
          .text(printable(card.top), x + 12, y + 10, { ...inner, lineBreak: false });
        doc
          .font("bold")
          .fontSize(18)
          .fillColor(COLOUR.brand)
          .text(printable(card.name), x + 12, y + 40, { ...inner, height: 48 });
        doc
          .font("regular")
          .fontSize(11)
          .fillColor(COLOUR.text)
          .text(printable(card.detail) || " ", x + 12, y + 92, { ...inner, height: 16 });
        if (card.note)
          doc
            .fontSize(9)
            .fillColor(COLOUR.muted)
            .text(printable(card.note), x + 12, y + 122, { ...inner, height: 14 });
      });
    });
    list.end();
    doc.x = this.left;
    doc.y = doc.page.maxY();
  }

  /** Running header (status, title) and footer (address, "Seite x von y") on every page. */
  furniture(spec: DocumentSpec, total: number) {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    const footer = spec.letterhead.footer.map(printable).filter(Boolean);
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margins = doc.page.margins;
      doc.page.margins = { ...margins, top: 0, bottom: 0 };
      const width = doc.page.width - margins.left - margins.right;
      this.artifact(() => {
        doc.font("regular").fontSize(SIZE.furniture).fillColor(COLOUR.muted);
        if (i > range.start)
          doc.text(`${printable(spec.letterhead.regionName)} · ${printable(spec.title)}`, margins.left, 36, {
            width: width - 140,
            height: 10,
            ellipsis: true,
          });
        if (spec.status)
          doc
            .font("bold")
            .fontSize(9)
            .fillColor(COLOUR.status)
            .text(printable(spec.status).toUpperCase(), margins.left + width - 200, 34, {
              width: 200,
              align: "right",
              lineBreak: false,
            });
        const y = doc.page.height - margins.bottom + 18;
        doc
          .lineWidth(0.5)
          .strokeColor(COLOUR.rule)
          .moveTo(margins.left, y)
          .lineTo(margins.left + width, y)
          .stroke();
        doc.font("regular").fontSize(SIZE.furniture).fillColor(COLOUR.muted);
        // The address breaks between its parts, never inside one.
        const lines: string[] = [];
        for (const part of footer) {
          const last = lines.length - 1;
          if (last >= 0 && doc.widthOfString(`${lines[last]} · ${part}`) <= width - 90)
            lines[last] = `${lines[last]} · ${part}`;
          else lines.push(part);
        }
        lines
          .slice(0, 3)
          .forEach((line, n) =>
            doc.text(line, margins.left, y + 6 + n * 10, { width: width - 90, lineBreak: false, ellipsis: true }),
          );
        doc.text(`Seite ${i - range.start + 1} von ${total}`, margins.left + width - 85, y + 6, {
          width: 85,
          align: "right",
          lineBreak: false,
        });
      });
      doc.page.margins = margins;
    }
  }
}
