import { serveRegionFile } from "@/lib/core/http/serve-region-file";
import { attendanceCsv } from "@/lib/meetings/attendance-csv";

export const GET = serveRegionFile(
  "meetings.read",
  (region, id) => `/${region}/intern/sitzungen/${id}`,
  async (actor, id) => {
    const { fileName, csv } = await attendanceCsv(actor, id);
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName };
  },
);
