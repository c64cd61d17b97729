// How the attendance of a meeting's seats adds up, for the save message, the task list and the
// minutes. Pure.
import type { SeatStatus } from "./labels.ts";

export type SeatCounts = Record<SeatStatus | "NONE", number>;

export function countSeats(seats: readonly { status: SeatStatus | null }[]): SeatCounts {
  const counts: SeatCounts = { PRESENT: 0, EXCUSED: 0, REPRESENTED: 0, ABSENT: 0, NONE: 0 };
  for (const seat of seats) counts[seat.status ?? "NONE"] += 1;
  return counts;
}

const WORDS: [keyof SeatCounts, string][] = [
  ["PRESENT", "anwesend"],
  ["REPRESENTED", "vertreten"],
  ["EXCUSED", "entschuldigt"],
  ["ABSENT", "abwesend"],
  ["NONE", "nicht erfasst"],
];

/** "5 anwesend, 1 vertreten, 3 entschuldigt" — the non-zero counts, in the table's order. */
export function describeSeatCounts(counts: SeatCounts): string {
  const parts = WORDS.filter(([key]) => counts[key] > 0).map(([key, word]) => `${counts[key]} ${word}`);
  return parts.length ? parts.join(", ") : "keine Sitze";
}
