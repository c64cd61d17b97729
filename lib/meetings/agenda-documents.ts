import "@/lib/core/server-only.ts";
import { createHash } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import {
  downloadFileName,
  MAX_UPLOAD_BYTES,
  UPLOAD_TOO_LARGE,
  readStoredFile,
  safeFileName,
  sniffType,
  storeFile,
} from "@/lib/core/files/file-store.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { checkbox, cleanText, idOf } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** Attaches a document (PDF, office formats, images; checked by content) to a TOP. */
export async function attachAgendaDocument(actor: Actor, agendaItemId: unknown, title: unknown, file: unknown) {
  authorize(actor, "documents.write");
  if (!isUuid(agendaItemId)) throw new NotFoundError();
  if (!(file instanceof Blob) || file.size === 0) throw new ValidationError({ file: ["Bitte wählen Sie eine Datei."] });
  if (file.size > MAX_UPLOAD_BYTES) throw new ValidationError({ file: [UPLOAD_TOO_LARGE] });
  const parsedTitle = cleanText("den Titel", { max: 200 }).safeParse(title);
  if (!parsedTitle.success) throw new ValidationError({ title: parsedTitle.error.issues.map((i) => i.message) });
  const typedName = safeFileName("name" in file && typeof file.name === "string" ? file.name : "", "unterlage");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffType(bytes, typedName);
  if (!mimeType)
    throw new ValidationError({
      file: [
        "Dieser Dateityp ist nicht erlaubt. Erlaubt sind PDF, Word, Excel, PowerPoint, OpenDocument und Bilder (PNG, JPEG, GIF, WebP).",
      ],
    });

  // Stored (and later served) with the ending of the type found in the bytes, not the typed one.
  const fileName = downloadFileName(typedName, mimeType, "unterlage");

  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const item = await tx.agendaItem.findUnique({ where: { regionId_id: { regionId, id: agendaItemId } } });
    if (!item || item.deletedAt) throw new NotFoundError();
    const { storageKey, sha256, sha512 } = await storeFile(regionId, bytes);
    const document = await tx.document.create({
      data: {
        regionId,
        title: parsedTitle.data || fileName,
        fileName,
        mimeType,
        sizeBytes: bytes.byteLength,
        sha256,
        sha512,
        storageKey,
        isPublic: false,
        meetingId: item.meetingId,
        agendaItemId: item.id,
        uploadedById: actor.userId,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "document.attached",
      entityType: "Document",
      entityId: document.id,
      details: { agendaItemId: item.id, fileName, mimeType, sha256 },
    });
    return document;
  });
}

/**
 * Publishes a TOP's document (or takes it back). Published, it can be downloaded by anyone
 * while its TOP and meeting are public too, and appears in the open data (OParl File).
 * Publishing ahead is allowed on purpose (the office prepares the documents before it opens
 * a TOP or meeting to the public); `isVisibleToAnyone` tells whether it is public right now,
 * so the office is told plainly when it is not. Members never read it around the meeting's
 * access check (get-document.ts).
 */
export async function setDocumentPublic(actor: Actor, input: unknown) {
  authorize(actor, "documents.write");
  const { documentId, isPublic } = parseInput(
    z.object({ documentId: idOf("eine Unterlage"), isPublic: checkbox }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: documentId } };
    const found = await tx.document.findUnique({
      where,
      include: { agendaItem: { select: { isPublic: true } }, meeting: { select: { isPublic: true } } },
    });
    if (!found || found.deletedAt || !found.agendaItem) throw new NotFoundError();
    // Files stored before the SHA-512 was kept get it when they are first published.
    const sha512 =
      isPublic && !found.sha512
        ? createHash("sha512")
            .update(await readStoredFile(found.storageKey))
            .digest("hex")
        : found.sha512;
    const document = await tx.document.update({ where, data: { isPublic, sha512 } });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: isPublic ? "document.published" : "document.withdrawn",
      entityType: "Document",
      entityId: document.id,
    });
    const isTopPublic = found.agendaItem.isPublic;
    const isMeetingPublic = found.meeting?.isPublic ?? false;
    return {
      ...document,
      isTopPublic,
      isMeetingPublic,
      isVisibleToAnyone: document.isPublic && isTopPublic && isMeetingPublic,
    };
  });
}
