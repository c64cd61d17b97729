import "@/lib/core/server-only.ts";
import { stringify } from "csv-stringify/sync";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { getMeeting } from "./get-meeting.ts";
import { SEAT_ATTENDANCE_LABEL } from "./labels.ts";

/**
 * The attendance list as CSV for German spreadsheet programs: semicolons, UTF-8 with BOM.
 * Cells that start with = + - @ are prefixed with ' so they are never run as formulas.
 */
export async function attendanceCsv(actor: Actor, meetingId: string): Promise<{ fileName: string; csv: string }> {
  const { meeting, seats, quorum } = await getMeeting(actor, meetingId);
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  // One row per seat, as the attendance table shows it; the deputy who stood in beside the seat.
  const rows = seats.map((seat) =>
    [
      seat.name,
      seat.category,
      seat.isVotingSeat ? "ja" : "nein",
      seat.status ? SEAT_ATTENDANCE_LABEL[seat.status] : "nicht erfasst",
      seat.representedBy?.name ?? "",
    ].map(safe),
  );
  const csv = stringify(
    [["Name", "Sitzkategorie", "Stimmrecht", "Anwesenheit", "Vertreten durch"], ...rows, [], [safe(quorum.statement)]],
    { delimiter: ";", bom: true, record_delimiter: "windows" },
  );
  const date = meeting.startsAt.toISOString().slice(0, 10);
  return { fileName: `anwesenheit-${date}.csv`, csv };
}
