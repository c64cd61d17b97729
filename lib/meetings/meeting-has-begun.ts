import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time.ts";

/**
 * Has the meeting begun, counted in Berlin calendar days: its day is today or earlier. Attendance
 * can be recorded from the meeting day on (the office records it at the door, before the start).
 * Pure, so the page and the use case decide the same way.
 */
export function meetingHasBegun(startsAt: Date, now: Date = new Date()): boolean {
  return utcToBerlinLocal(startsAt).slice(0, 10) <= utcToBerlinLocal(now).slice(0, 10);
}

export const ATTENDANCE_NOT_YET = "Anwesenheit kann ab dem Sitzungstag erfasst werden.";
