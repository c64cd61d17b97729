import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A hostile but legal text as people type it: Markdown, typographic characters, names in
 * Latin Extended and Vietnamese, an emoji, raw HTML, Windows line ends and tabs.
 */
export const HOSTILE_MARKDOWN = [
  "## Beschlussfähigkeit",
  "",
  "Die **Beschlussfähigkeit** wurde an *Standorten*\tfestgestellt.",
  "",
  "- Punkt „eins“ kostet 12 €",
  "  - Unterpunkt – § 3, ½ Stelle, Straße",
  "- Punkt zwei: Ayşe, Łukasz und Nguyễn Thị Hồng 👋",
  "",
  "> Zitat der Vorsitzenden",
  "",
  "| Name | Betrag |",
  "| --- | --- |",
  "| Ayşe | 5 € |",
  "",
  "<script>alert('x')</script>",
  "",
  "Mehr im [Portal](https://example.org/info).",
].join("\r\n");

/** What a reader sees of HOSTILE_MARKDOWN, piece by piece (whitespace collapsed). */
export const HOSTILE_RENDERED = [
  "Beschlussfähigkeit",
  "Die Beschlussfähigkeit wurde an Standorten festgestellt.",
  "Punkt „eins“ kostet 12 €",
  "Unterpunkt – § 3, ½ Stelle, Straße",
  "Punkt zwei: Ayşe, Łukasz und Nguyễn Thị Hồng [Emoji]",
  "Zitat der Vorsitzenden",
  "Name",
  "Betrag",
  "5 €",
  "Mehr im Portal (https://example.org/info).",
];

/** The text of a PDF as unpdf extracts it, whitespace collapsed to single spaces. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** Checks that hold for every PDF of the portal; returns a list of what is wrong (empty: fine). */
export async function pdfProblems(pdf: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const text = await pdfText(pdf);
  if (text.includes("\ufffd")) problems.push("U+FFFD im Text");
  if (/Ð|Ø=|\*\*|\r/.test(text)) problems.push("Mojibake oder Markdown-Zeichen im Text");
  if (!/Seite 1 von \d+/.test(text)) problems.push("keine Seitenzahl „Seite 1 von N“");
  const raw = Buffer.from(pdf).toString("latin1");
  for (const marker of ["/StructTreeRoot", "/Lang (de-DE)", "/MarkInfo", "/DisplayDocTitle true", "/Outlines"])
    if (!raw.includes(marker)) problems.push(`${marker} fehlt`);
  const fonts = pdfFonts(pdf);
  if (fonts.length === 0) problems.push("keine Schrift");
  for (const font of fonts) if (!font.embedded) problems.push(`Schrift nicht eingebettet: ${font.name}`);
  return problems;
}

/** The fonts of a PDF as poppler's pdffonts lists them (poppler-utils, installed by .ci/run). */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  return withFile(pdf, (file) =>
    execFileSync("pdffonts", [file], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
        return { name: columns[0]!, embedded: columns[columns.length - 5] === "yes" };
      }),
  );
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  return withFile(pdf, (file) =>
    Object.fromEntries(
      execFileSync("pdfinfo", [file], { encoding: "utf8" })
        .split("\n")
        .filter((line) => line.includes(":"))
        .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
    ),
  );
}

/** The bookmarks (outline) of a PDF, as titles with their children. */
export async function pdfOutline(pdf: Uint8Array): Promise<{ title: string; items: { title: string }[] }[]> {
  const { getDocumentProxy } = await import("unpdf");
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const outline = (await proxy.getOutline()) ?? [];
  return outline.map((o) => ({ title: o.title, items: o.items.map((i) => ({ title: i.title })) }));
}

function withFile<T>(pdf: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "bn-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
