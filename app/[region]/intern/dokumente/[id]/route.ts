import { getDocumentForDownload } from "@/lib/documents/get-document";
import { serveRegionFile } from "@/lib/core/http/serve-region-file";

export const GET = serveRegionFile(
  "intern.view",
  (region, id) => `/${region}/intern/dokumente/${id}`,
  async (actor, id) => {
    const { document, bytes } = await getDocumentForDownload(actor, id);
    return { body: bytes, contentType: document.mimeType, fileName: document.fileName };
  },
);
