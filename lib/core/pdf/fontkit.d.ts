// The part of fontkit (pdfkit's font engine) the document pipeline uses to check glyph coverage.
declare module "fontkit" {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
