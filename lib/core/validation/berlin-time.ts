import { z } from "zod";
import { fieldLabel } from "./field-label.ts";

// Meetings happen in German wall-clock time. <input type="datetime-local"> sends
// "2026-12-01T14:00" without a zone; these helpers map it to and from UTC for Europe/Berlin,
// across daylight-saving changes.
const TIME_ZONE = "Europe/Berlin";
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// one formatter for the process: building one costs more than using it (a profile of the
// offer search found 4.5 % of its server time in this constructor, three calls per date)
const BERLIN_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function offsetMinutes(instant: Date): number {
  const parts = BERLIN_PARTS.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** "2026-12-01T14:00" in Berlin → the UTC instant, or null if malformed or nonexistent (spring-forward gap). */
export function berlinLocalToUtc(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = new Date(wall - offsetMinutes(new Date(wall)) * 60_000);
  guess = new Date(wall - offsetMinutes(guess) * 60_000);
  return utcToBerlinLocal(guess) === value ? guess : null;
}

/** The UTC instant as Berlin wall-clock time for a datetime-local input. */
export function utcToBerlinLocal(instant: Date): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function berlinDateTime(label: string) {
  fieldLabel(label);
  return z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Bitte geben Sie ${label} an.` })
    .transform((value, ctx) => {
      const date = berlinLocalToUtc(value);
      if (!date) {
        ctx.addIssue({
          code: "custom",
          message: `Bitte geben Sie für ${label} einen gültigen Zeitpunkt an (TT.MM.JJJJ, HH:MM).`,
        });
        return z.NEVER;
      }
      return date;
    });
}

/** Today's Berlin calendar date at UTC midnight, comparable with date columns such as `dueOn`. */
export function berlinToday(now = new Date()): Date {
  return new Date(`${utcToBerlinLocal(now).slice(0, 10)}T00:00:00Z`);
}
