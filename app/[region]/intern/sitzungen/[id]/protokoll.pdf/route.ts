import { serveRegionFile } from "@/lib/core/http/serve-region-file";
import { minutesPdf } from "@/lib/meetings/meeting-pdf";

export const GET = serveRegionFile(
  "meetings.read",
  (region, id) => `/${region}/intern/sitzungen/${id}/protokoll`,
  async (actor, id) => {
    const result = await minutesPdf(actor, id);
    return result && { body: result.pdf, contentType: "application/pdf", fileName: result.fileName };
  },
);
