import "@/lib/core/server-only.ts";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { firstCharacters, stripInvisibleFormatting } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

// Uploaded files live outside public/ and are served only by route handlers after an
// access check. FILE_STORAGE_DIR is set by npm start (beside the embedded database).
function root(): string {
  return path.resolve(process.env.FILE_STORAGE_DIR ?? ".data/files");
}

function fileOf(storageKey: string): string {
  const [regionId, fileId, ...rest] = storageKey.split("/");
  if (!isUuid(regionId) || !isUuid(fileId) || rest.length > 0) throw new Error("Ungültiger Speicherschlüssel");
  return path.join(root(), storageKey);
}

/** Writes the bytes atomically; returns the storage key, the SHA-256 and the SHA-512 (OParl). */
export async function storeFile(
  regionId: string,
  bytes: Uint8Array,
): Promise<{ storageKey: string; sha256: string; sha512: string }> {
  const storageKey = `${regionId}/${randomUUID()}`;
  const target = fileOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, target);
  return {
    storageKey,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    sha512: createHash("sha512").update(bytes).digest("hex"),
  };
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(fileOf(storageKey));
}

export { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "./upload-limit.ts";

const OOXML: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
const OLE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/**
 * What a file is, judged by its bytes, never by its name alone: PDF, PNG, JPEG, GIF, WebP,
 * OpenDocument (its mimetype entry), Office Open XML (a ZIP with [Content_Types].xml) and
 * legacy Office (OLE container). For the container formats the name's ending picks the
 * kind inside the verified container. Anything else: null.
 */
export function sniffType(bytes: Uint8Array, fileName = ""): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (buffer.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (buffer.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "image/jpeg";
  if (["GIF87a", "GIF89a"].includes(buffer.subarray(0, 6).toString("latin1"))) return "image/gif";
  if (buffer.subarray(0, 4).toString("latin1") === "RIFF" && buffer.subarray(8, 12).toString("latin1") === "WEBP")
    return "image/webp";
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const odf = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)/.exec(
      buffer
        .subarray(30, 100)
        .toString("latin1")
        .replace(/^mimetype/, ""),
    );
    if (odf) return odf[0];
    if (buffer.includes("[Content_Types].xml") && OOXML[ext]) return OOXML[ext];
    return null;
  }
  if (buffer.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) && OLE[ext])
    return OLE[ext];
  return null;
}

/** The file name endings of each type sniffType recognises; the first is the one we give. */
const EXTENSIONS: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "application/vnd.oasis.opendocument.presentation": ["odp"],
  ...Object.fromEntries(Object.entries({ ...OOXML, ...OLE }).map(([ext, type]) => [type, [ext]])),
};

/**
 * A file name that is safe to store and to send back in Content-Disposition: no path or
 * control characters (C0, DEL, C1), no bidi controls or zero-width characters (so
 * "\u202efdp.exe" cannot pose as "exe.pdf"), at most 150 characters, never half a surrogate pair.
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = stripInvisibleFormatting(name)
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]/g, "_")
    .trim();
  return firstCharacters(cleaned, 150) || fallback;
}

/**
 * The name a file is stored and served under: safe (safeFileName), and its ending follows the
 * type found in its bytes, not the one the user typed ("poly.html" holding a PDF becomes
 * "poly.pdf"). A name that already ends fittingly is kept as typed. Also applied when serving,
 * so files stored before this rule get a fitting name too.
 */
export function downloadFileName(name: string, mimeType: string, fallback = "datei"): string {
  const cleaned = safeFileName(name, "");
  const dot = cleaned.lastIndexOf(".");
  const base = (dot >= 0 ? cleaned.slice(0, dot) : cleaned).trim();
  const ending = dot >= 0 ? cleaned.slice(dot + 1) : "";
  const allowed = EXTENSIONS[mimeType] ?? ["bin"];
  const fitting = allowed.includes(ending.toLowerCase()) ? ending : allowed[0]!;
  return `${firstCharacters(base, 140) || fallback}.${fitting}`;
}
