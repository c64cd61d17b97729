import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { downloadFileName, safeFileName, sniffType } from "../../lib/core/files/file-store.ts";
import { cleanText } from "../../lib/core/validation/text.ts";

// Finding 9 of issue 19: limits counted UTF-16 units (a "200 Zeichen" title took only 100
// emoji), bidi overrides and zero-width characters passed into titles, names and file names
// ("\u202efdp.exe" shows as "exe.pdf"), and an upload kept the user's extension whatever its
// content was ("poly.html" served as a PDF stayed ".html").

const title = cleanText("den Titel", { min: 2, max: 200 });
const pdf = new Uint8Array(Buffer.from("%PDF-1.7\n"));
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe("finding 9: lengths count characters (code points) after NFC", () => {
  it("a 200-character title may be 200 emoji, 201 are refused", () => {
    expect(title.parse("😀".repeat(200))).toBe("😀".repeat(200));
    expect(title.safeParse("😀".repeat(201)).error?.issues[0]?.message).toBe(
      "Bitte kürzen Sie den Titel auf höchstens 200 Zeichen.",
    );
    expect(title.safeParse("😀").error?.issues[0]?.message).toBe(
      "Bitte geben Sie den Titel mit mindestens 2 Zeichen an.",
    );
  });

  it("file names are cut at a character boundary, never inside a surrogate pair", () => {
    const cut = safeFileName(`${"😀".repeat(200)}.pdf`, "x");
    expect(cut.isWellFormed()).toBe(true);
    expect([...cut]).toHaveLength(150);
  });
});

describe("finding 9: bidi overrides and zero-width characters", () => {
  it("are stripped from what people type (titles, names)", () => {
    const invisible = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff";
    expect(title.parse(`Haus${invisible}halt 2027`)).toBe("Haushalt 2027");
    expect(title.parse("\u202eKAoA-Bericht")).toBe("KAoA-Bericht");
    expect(title.safeParse(`\u200b${invisible}x\u200b`).error?.issues[0]?.message).toBe(
      "Bitte geben Sie den Titel mit mindestens 2 Zeichen an.",
    );
  });

  it("are stripped from file names", () => {
    expect(safeFileName("\u202efdp.exe", "x")).toBe("fdp.exe");
    expect(safeFileName("be\u200bricht\u2066.pdf\u2069", "x")).toBe("bericht.pdf");
    expect(safeFileName("\u200b\ufeff", "unterlage")).toBe("unterlage");
    expect(safeFileName("a\u0085b\u007f.pdf", "x")).toBe("a_b_.pdf");
  });
});

describe("finding 9: the stored and served extension follows the sniffed type", () => {
  it("a PDF named poly.html is stored as poly.pdf, a PNG named bild.pdf as bild.png", () => {
    expect(downloadFileName("poly.html", sniffType(pdf, "poly.html")!)).toBe("poly.pdf");
    expect(downloadFileName("bild.pdf", sniffType(png, "bild.pdf")!)).toBe("bild.png");
    expect(downloadFileName("\u202efdp.exe", "application/pdf")).toBe("fdp.pdf");
    expect(downloadFileName("ohne-endung", "application/pdf")).toBe("ohne-endung.pdf");
  });

  it("keeps a name that already fits, including the usual aliases", () => {
    expect(downloadFileName("bericht.pdf", "application/pdf")).toBe("bericht.pdf");
    expect(downloadFileName("Foto.JPEG", "image/jpeg")).toBe("Foto.JPEG");
    expect(downloadFileName("foto.jpg", "image/jpeg")).toBe("foto.jpg");
    expect(
      downloadFileName("Haushalt 2027.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ).toBe("Haushalt 2027.xlsx");
  });

  it("an unknown type, an empty name or a name of only an extension gets a safe fallback", () => {
    expect(downloadFileName("", "application/pdf")).toBe("datei.pdf");
    expect(downloadFileName(".html", "application/pdf")).toBe("datei.pdf");
    expect(downloadFileName("x.html", "text/html")).toBe("x.bin");
  });
});

// Guards, so a new form or upload cannot bring the flaws back: text people type goes through
// cleanText (characters, NFC, no invisible formatting), and whoever stores an upload names it
// with downloadFileName (safe, ending from the sniffed type).
describe("finding 9: guards over the source tree", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const sources = (dir: string): string[] =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory()
          ? sources(path.join(dir, entry.name))
          : /\.tsx?$/.test(entry.name)
            ? [path.join(dir, entry.name)]
            : [],
      );
  const files = [...sources("lib"), ...sources("app"), ...sources("pages")];

  it("no zod string with its own maximum length outside the machine fields (tokens, cursors)", () => {
    const machineFields = ["lib/oparl/list-query.ts", "lib/opendata/offer-feed.ts", "lib/users/set-password.ts"];
    const offenders = files.filter(
      (file) =>
        !machineFields.includes(file) &&
        /z\s*\.string\([^)]*\)(?:\s*\.\w+\([^)]*\))*?\s*.(?:max|length)\(/.test(
          fs.readFileSync(path.join(root, file), "utf8"),
        ),
    );
    expect(offenders).toEqual([]);
  });

  it("every use case that stores an upload names it with downloadFileName", () => {
    const storing = files.filter(
      (file) =>
        file !== "lib/core/files/file-store.ts" && /\bstoreFile\(/.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(storing.length).toBeGreaterThanOrEqual(2);
    for (const file of storing)
      expect(fs.readFileSync(path.join(root, file), "utf8"), file).toMatch(/\bdownloadFileName\(/);
  });
});
