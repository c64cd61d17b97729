import { serveRegionFile } from "@/lib/core/http/serve-region-file";
import { sitzungsmappePdf } from "@/lib/meetings/sitzungsmappe";

export const GET = serveRegionFile(
  "meetings.read",
  (region, id) => `/${region}/intern/sitzungen/${id}`,
  async (actor, id) => {
    const { fileName, pdf } = await sitzungsmappePdf(actor, id);
    return { body: pdf, contentType: "application/pdf", fileName };
  },
);
