import "server-only";
import { recordAudit } from "@/lib/audit/record-audit.ts";
import { withRegion } from "@/lib/db/client.ts";
import { NotFoundError, ValidationError } from "@/lib/errors.ts";
import { MAX_UPLOAD_BYTES, safeFileName, sniffType, storeFile } from "@/lib/files/file-store.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { cleanText } from "@/lib/validation/text.ts";

/** Attaches a document (PDF, office formats, images; checked by content) to a TOP. */
export async function attachAgendaDocument(actor: Actor, agendaItemId: unknown, title: unknown, file: unknown) {
  authorize(actor, "documents.write");
  if (typeof agendaItemId !== "string" || !/^[0-9a-f-]{36}$/i.test(agendaItemId)) throw new NotFoundError();
  if (!(file instanceof Blob) || file.size === 0) throw new ValidationError({ file: ["Bitte wählen Sie eine Datei."] });
  if (file.size > MAX_UPLOAD_BYTES) throw new ValidationError({ file: ["Die Datei ist größer als 10 MB."] });
  const parsedTitle = cleanText("den Titel", { max: 200 }).safeParse(title);
  if (!parsedTitle.success) throw new ValidationError({ title: parsedTitle.error.issues.map((i) => i.message) });
  const fileName = safeFileName("name" in file && typeof file.name === "string" ? file.name : "", "unterlage");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffType(bytes, fileName);
  if (!mimeType) throw new ValidationError({ file: ["Dieser Dateityp ist nicht erlaubt. Erlaubt sind PDF, Word, Excel, PowerPoint, OpenDocument und Bilder (PNG, JPEG, GIF, WebP)."] });

  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const item = await tx.agendaItem.findUnique({ where: { regionId_id: { regionId, id: agendaItemId } } });
    if (!item || item.deletedAt) throw new NotFoundError();
    const { storageKey, sha256 } = await storeFile(regionId, bytes);
    const document = await tx.document.create({
      data: { regionId, title: parsedTitle.data || fileName, fileName, mimeType, sizeBytes: bytes.byteLength, sha256, storageKey, isPublic: false, meetingId: item.meetingId, agendaItemId: item.id, uploadedById: actor.userId },
    });
    await recordAudit(tx, { regionId, actorId: actor.userId, action: "document.attached", entityType: "Document", entityId: document.id, details: { agendaItemId: item.id, fileName, mimeType, sha256 } });
    return document;
  });
}
