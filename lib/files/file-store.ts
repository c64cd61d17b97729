import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// Uploaded files live outside public/ and are served only by route handlers after an
// access check. FILE_STORAGE_DIR is set by npm start (beside the embedded database).
function root(): string {
  return path.resolve(process.env.FILE_STORAGE_DIR ?? ".data/files");
}

function fileOf(storageKey: string): string {
  if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Ungültiger Speicherschlüssel");
  return path.join(root(), storageKey);
}

/** Writes the bytes atomically; returns the storage key and the SHA-256. */
export async function storeFile(regionId: string, bytes: Uint8Array): Promise<{ storageKey: string; sha256: string }> {
  const storageKey = `${regionId}/${randomUUID()}`;
  const target = fileOf(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, target);
  return { storageKey, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(fileOf(storageKey));
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What a file is, judged by its first bytes, never by its name. */
export function sniffType(bytes: Uint8Array): "application/pdf" | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString("latin1");
  return head === "%PDF-" ? "application/pdf" : null;
}
