import { participantsCsv } from "@/lib/events/participants-export";
import { serveRegionFile } from "@/lib/core/http/serve-region-file";

export const GET = serveRegionFile(
  "events.write",
  (region, id) => `/${region}/intern/veranstaltungen/${id}`,
  async (actor, id) => {
    const { fileName, csv } = await participantsCsv(actor, id);
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName };
  },
);
