import { OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { SEAT_ATTENDANCE_LABEL, type SeatStatus } from "./labels.ts";

// How the minutes name a decision and a person of the attendance list: the same words on the
// page and in the PDF.

type DecisionCounts = {
  number: string;
  outcome: keyof typeof OUTCOME_LABEL;
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
};

/** "Ja 6 · Nein 1 · Enthaltungen 0", or a note that no counts were recorded. */
export function voteCounts(d: Omit<DecisionCounts, "number" | "outcome">): string {
  if (d.yesCount === null && d.noCount === null && d.abstainCount === null) return "ohne Stimmenzählung";
  const n = (value: number | null) => (value === null ? "–" : String(value));
  return `Ja ${n(d.yesCount)} · Nein ${n(d.noCount)} · Enthaltungen ${n(d.abstainCount)}`;
}

/** "Beschluss 2027/001 (angenommen; Ja 6 · Nein 1 · Enthaltungen 0)" */
export function decisionHeading(d: DecisionCounts): string {
  return `Beschluss ${d.number || "ohne Nummer"} (${OUTCOME_LABEL[d.outcome]}; ${voteCounts(d)})`;
}

type Seat = {
  name: string;
  category: string;
  hasVote: boolean;
  status: SeatStatus | null;
  representedBy: { name: string } | null;
};

export const seatOf = (m: Seat) => `${m.category}${m.hasVote ? "" : " (ohne Stimmrecht)"}`;
export const attendanceStatusOf = (m: Seat) => (m.status ? SEAT_ATTENDANCE_LABEL[m.status] : "nicht erfasst");
/** The deputy who stood in for the seat, or "". */
export const deputyOf = (m: Seat) => m.representedBy?.name ?? "";

/** One line of the attendance list: "Name – Sitz – Status" or "… – vertreten durch Deputy". */
export function attendanceLine(m: Seat): string {
  const status = m.representedBy ? `vertreten durch ${m.representedBy.name}` : attendanceStatusOf(m);
  return [m.name, seatOf(m), status].join(" – ");
}
