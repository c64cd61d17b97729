import "@/lib/core/server-only.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

/**
 * The one typeface of every PDF the portal makes: Noto Sans (SIL Open Font License), shipped
 * in the npm package @expo-google-fonts/noto-sans — full Latin incl. Latin Extended and
 * Vietnamese, embedded (subset) into each PDF, never downloaded at run time.
 */
const FACES = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
} as const;

export type FontFace = keyof typeof FACES;

const FONT_DIR = () => path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");

/** The path of a face's TTF (for tools that read fonts from files, such as resvg). */
export function fontFile(face: FontFace): string {
  return path.join(FONT_DIR(), FACES[face]);
}

let loaded: { buffers: Record<FontFace, Buffer>; coverage: Font } | null = null;

function fonts() {
  if (!loaded) {
    const buffers = Object.fromEntries(
      Object.keys(FACES).map((face) => [face, readFileSync(fontFile(face as FontFace))]),
    ) as Record<FontFace, Buffer>;
    loaded = { buffers, coverage: create(buffers.regular) };
  }
  return loaded;
}

export function fontBuffers(): Record<FontFace, Buffer> {
  return fonts().buffers;
}

/** What stands in for a character the font cannot show: visible, deliberate, never mojibake. */
export const EMOJI_SUBSTITUTE = "[Emoji]";
export const MISSING_SUBSTITUTE = "[?]";

const segmenter = new Intl.Segmenter("de", { granularity: "grapheme" });
// Parts of a grapheme that carry no glyph of their own (joiners, variation selectors, tags).
const INVISIBLE = /[\u200c\u200d\ufe00-\ufe0f\u{e0020}-\u{e007f}\u{1f3fb}-\u{1f3ff}]/u;
const COMMON = /^[\n\x20-\x7e\u00a0-\u017f\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac]*$/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Text as it is typed (CR/LF from Windows, tabs, decomposed accents, emoji) made printable:
 * line ends to LF, tabs to a space, other control characters dropped, NFC, and every
 * character the font has no glyph for replaced by a substitute (a whole emoji sequence by one).
 */
export function printable(text: string): string {
  const { coverage } = fonts();
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\v\f]/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, "")
    .normalize("NFC");
  // Most text is Latin with German punctuation, all in the font: no need to look at each grapheme.
  if (COMMON.test(cleaned)) return cleaned;
  let out = "";
  for (const { segment } of segmenter.segment(cleaned)) {
    if (segment === "\n" || segment === " ") {
      out += segment;
      continue;
    }
    const missing = [...segment].some((c) => !INVISIBLE.test(c) && !coverage.hasGlyphForCodePoint(c.codePointAt(0)!));
    if (!missing) out += segment.replace(new RegExp(INVISIBLE.source, "gu"), "");
    else out += PICTOGRAPHIC.test(segment) ? EMOJI_SUBSTITUTE : MISSING_SUBSTITUTE;
  }
  return out;
}
