import "@/lib/core/server-only.ts";
import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { getMeeting } from "./get-meeting.ts";
import { ATTENDANCE_LABEL } from "./labels.ts";

/**
 * The attendance list as CSV for German spreadsheet programs: semicolons, UTF-8 with BOM.
 * Cells that start with = + - @ are prefixed with ' so they are never run as formulas.
 */
export async function attendanceCsv(actor: Actor, meetingId: string): Promise<{ fileName: string; csv: string }> {
  const { meeting, members, quorum } = await getMeeting(actor, meetingId);
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const rows = members.map((m) =>
    [
      m.name,
      m.category,
      m.deputyOf ?? "",
      m.deputyOf ? "Stellvertretung" : m.hasVote ? "ja" : "nein",
      m.status ? ATTENDANCE_LABEL[m.status] : "nicht erfasst",
    ].map(safe),
  );
  const csv = stringify(
    [
      ["Name", "Sitzkategorie", "Stellvertretung für", "Stimmrecht", "Anwesenheit"],
      ...rows,
      [],
      [safe(quorum.statement)],
    ],
    { delimiter: ";", bom: true, record_delimiter: "windows" },
  );
  const date = meeting.startsAt.toISOString().slice(0, 10);
  return { fileName: `anwesenheit-${date}.csv`, csv };
}
