import { describe, expect, it } from "vitest";
import { safeFileName, sniffType } from "../../lib/core/files/file-store.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
const zipHeader = [0x50, 0x4b, 0x03, 0x04, ...Array(26).fill(0)];

describe("file type by content", () => {
  it("recognises PDF and images whatever their names", () => {
    expect(sniffType(bytes("%PDF-1.7\n"), "bild.png")).toBe("application/pdf");
    expect(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "x")).toBe("image/png");
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]), "foto.jpg")).toBe("image/jpeg");
    expect(sniffType(bytes("GIF89a..."), "a.gif")).toBe("image/gif");
    expect(sniffType(bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "a.webp")).toBe("image/webp");
  });

  it("office containers must really be containers of that kind", () => {
    expect(sniffType(bytes(zipHeader, "mimetypeapplication/vnd.oasis.opendocument.text"), "protokoll.odt")).toBe(
      "application/vnd.oasis.opendocument.text",
    );
    expect(sniffType(bytes(zipHeader, "word/document.xml [Content_Types].xml"), "vorlage.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sniffType(bytes(zipHeader, "irgendein zip"), "vorlage.docx")).toBeNull();
    expect(sniffType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "alt.doc")).toBe("application/msword");
    expect(sniffType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "alt.exe")).toBeNull();
  });

  it("refuses HTML, scripts and executables named like documents", () => {
    expect(sniffType(bytes("<html><script>alert(1)</script>"), "vertrag.pdf")).toBeNull();
    expect(sniffType(bytes("MZ\u0090\u0000"), "tagesordnung.docx")).toBeNull();
    expect(sniffType(bytes(""), "leer.pdf")).toBeNull();
  });

  it("file names lose path and control characters", () => {
    expect(safeFileName("../../etc/passwd", "x")).toBe(".._.._etc_passwd");
    expect(safeFileName("Bericht\u0000 März.pdf", "x")).toBe("Bericht_ März.pdf");
    expect(safeFileName("   ", "unterlage")).toBe("unterlage");
  });
});
