import { badgesPdf } from "@/lib/events/participants-export";
import { serveRegionFile } from "@/lib/core/http/serve-region-file";

export const GET = serveRegionFile(
  "events.write",
  (region, id) => `/${region}/intern/veranstaltungen/${id}`,
  async (actor, id) => {
    const { fileName, pdf } = await badgesPdf(actor, id);
    return { body: pdf, contentType: "application/pdf", fileName };
  },
);
