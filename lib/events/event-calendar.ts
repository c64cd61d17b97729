import { createEvent } from "ics";

/** The event as an iCalendar attachment (RFC 5545) for people with a confirmed place. */
export function eventToIcs(
  event: { id: string; title: string; startsAt: Date; endsAt: Date | null; location: string },
  url: string,
): string {
  const { error, value } = createEvent({
    productId: "-//Bildungsnetz NRW//Veranstaltungen//DE",
    method: "PUBLISH",
    uid: `event-${event.id}@bildungsnetz`,
    title: event.title,
    location: event.location,
    url,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    ...(event.endsAt
      ? { end: event.endsAt.getTime(), endInputType: "utc" as const, endOutputType: "utc" as const }
      : { duration: { hours: 2 } }),
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("iCalendar-Datei konnte nicht erzeugt werden");
  return value;
}
