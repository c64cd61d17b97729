import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { findReadableMeeting } from "@/lib/meetings/access.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { downloadFileName, readStoredFile } from "../core/files/file-store.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/**
 * A document for download, after the access check of what it belongs to: meeting documents
 * need someone who may see that meeting, contract documents the right to manage the
 * contract. Otherwise: not found. Being published does not skip the meeting check (issue 19,
 * finding 6): "published" means "public once TOP and meeting are public", and anyone may
 * fetch it then through the public route (get-public-document.ts), which checks all three.
 */
export async function getDocumentForDownload(actor: Actor, documentId: string) {
  if (!isUuid(documentId)) throw new NotFoundError();
  const document = await withRegion(actor.regionId, async (tx) => {
    const found = await tx.document.findUnique({
      where: { regionId_id: { regionId: actor.regionId, id: documentId } },
      include: { agreements: { select: { id: true } } },
    });
    if (!found || found.deletedAt) throw new NotFoundError();
    if (found.meetingId) {
      await findReadableMeeting(tx, actor, found.meetingId);
      return found;
    }
    if (found.agreements.length > 0 ? actor.can("agreement.manage") : actor.can("intern.view")) return found;
    throw new NotFoundError();
  });
  const fileName = downloadFileName(document.fileName, document.mimeType);
  return { document: { ...document, fileName }, bytes: await readStoredFile(document.storageKey) };
}
