import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ValidationError } from "@/lib/core/errors.ts";
import {
  downloadFileName,
  MAX_UPLOAD_BYTES,
  sniffType,
  storeFile,
  UPLOAD_TOO_LARGE,
} from "@/lib/core/files/file-store.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { requireAgreement } from "./load-composition.ts";

/** Stores the signed contract (PDF, checked by content) as a non-public document of the agreement. */
export async function attachSignedAgreement(actor: Actor, file: unknown) {
  authorize(actor, "agreement.manage");
  if (!(file instanceof Blob) || file.size === 0)
    throw new ValidationError({ file: ["Bitte wählen Sie die PDF-Datei des unterschriebenen Vertrags."] });
  if (file.size > MAX_UPLOAD_BYTES) throw new ValidationError({ file: [UPLOAD_TOO_LARGE] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (sniffType(bytes) !== "application/pdf") throw new ValidationError({ file: ["Die Datei ist kein PDF-Dokument."] });
  const fileName = downloadFileName(
    "name" in file && typeof file.name === "string" ? file.name : "",
    "application/pdf",
    "kooperationsvertrag",
  );

  return withRegion(actor.regionId, async (tx) => {
    const agreement = await requireAgreement(tx, actor.regionId);
    // Written before the row: a failed transaction leaves an unreferenced file, never a row without its file.
    const { storageKey, sha256, sha512 } = await storeFile(actor.regionId, bytes);
    const document = await tx.document.create({
      data: {
        regionId: actor.regionId,
        title: "Unterschriebener Kooperationsvertrag",
        fileName,
        mimeType: "application/pdf",
        sizeBytes: bytes.byteLength,
        sha256,
        sha512,
        storageKey,
        isPublic: false,
        uploadedById: actor.userId,
      },
    });
    await tx.cooperationAgreement.update({
      where: { regionId_id: { regionId: actor.regionId, id: agreement.id } },
      data: { signedDocumentId: document.id },
    });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "agreement.document-attached",
      entityType: "Document",
      entityId: document.id,
      details: { fileName, sha256, sizeBytes: bytes.byteLength },
    });
    return document;
  });
}
