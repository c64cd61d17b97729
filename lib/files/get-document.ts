import "server-only";
import { withRegion } from "@/lib/db/client.ts";
import { NotFoundError } from "@/lib/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { readStoredFile } from "./file-store.ts";

/**
 * A document for download. Internal documents need a member of the region; contract
 * documents need the right to manage the contract. Otherwise: not found.
 */
export async function getDocumentForDownload(actor: Actor, documentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw new NotFoundError();
  const document = await withRegion(actor.regionId, (tx) =>
    tx.document.findUnique({ where: { regionId_id: { regionId: actor.regionId, id: documentId } }, include: { agreements: { select: { id: true } } } }),
  );
  if (!document || document.deletedAt) throw new NotFoundError();
  const allowed = document.isPublic || (document.agreements.length > 0 ? actor.can("agreement.manage") : actor.can("intern.view"));
  if (!allowed) throw new NotFoundError();
  return { document, bytes: await readStoredFile(document.storageKey) };
}
