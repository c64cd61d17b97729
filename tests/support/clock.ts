// Dates relative to the clock the code under test reads, in Berlin wall-clock time. A literal
// "future" date is a time bomb (a test planned a meeting on 2026-12-01 and failed on 2026-12-07);
// these helpers keep a future date in the future and a past one in the past on any day.
// .ci/run proves it by running the suite a second time with the clock moved 400 days ahead.
import { berlinLocalToUtc, utcToBerlinLocal } from "../../lib/core/validation/berlin-time.ts";

const DAY = 86_400_000;

/** The Berlin calendar day `days` from today (negative: past), as "YYYY-MM-DD". */
export function dateFromNow(days: number): string {
  return utcToBerlinLocal(new Date(Date.now() + days * DAY)).slice(0, 10);
}

/** Berlin wall-clock time on the day `days` from today, as a datetime-local value "YYYY-MM-DDTHH:mm". */
export function daysFromNow(days: number, time = "10:00"): string {
  return `${dateFromNow(days)}T${time}`;
}

/** The UTC instant of a Berlin datetime-local value, as an ISO string. */
export function berlinIso(local: string): string {
  const instant = berlinLocalToUtc(local);
  if (!instant) throw new Error(`${local} is no Berlin wall-clock time`);
  return instant.toISOString();
}

/** "Dienstag, 1. Dezember 2026" — how German mails and documents name a day. */
export function germanLongDate(local: string): string {
  return new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(berlinIso(local)));
}

/** "2027-03-14" → "14.03.2027", as people type and read dates. */
export function germanDate(isoDate: string): string {
  return isoDate.split("-").reverse().join(".");
}
