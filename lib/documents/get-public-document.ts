import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { downloadFileName, readStoredFile } from "../core/files/file-store.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/**
 * A published document for anyone: only while it is public and so are its TOP and meeting
 * (the same rule as the OParl File). Otherwise null (404).
 */
export async function getPublicDocument(regionId: string, documentId: string) {
  if (!isUuid(documentId)) return null;
  const document = await withRegion(regionId, (tx) =>
    tx.document.findFirst({
      where: {
        regionId,
        id: documentId,
        isPublic: true,
        deletedAt: null,
        agendaItem: { isPublic: true, deletedAt: null },
        meeting: { isPublic: true, deletedAt: null },
      },
      select: { fileName: true, mimeType: true, storageKey: true, sha256: true },
    }),
  );
  if (!document) return null;
  const fileName = downloadFileName(document.fileName, document.mimeType);
  return { ...document, fileName, bytes: await readStoredFile(document.storageKey) };
}
