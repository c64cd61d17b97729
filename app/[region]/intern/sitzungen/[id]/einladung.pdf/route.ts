import { serveRegionFile } from "@/lib/core/http/serve-region-file";
import { invitationPdf } from "@/lib/meetings/meeting-pdf";

export const GET = serveRegionFile(
  "meetings.read",
  (region, id) => `/${region}/intern/sitzungen/${id}`,
  async (actor, id) => {
    const { fileName, pdf } = await invitationPdf(actor, id);
    return { body: pdf, contentType: "application/pdf", fileName };
  },
);
