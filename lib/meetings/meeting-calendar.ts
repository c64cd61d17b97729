import { createEvent } from "ics";

export interface CalendarMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  onlineUrl: string;
  status: "PLANNED" | "INVITED" | "HELD" | "CANCELLED";
  version: number;
}

/**
 * The meeting as an iCalendar event (RFC 5545) for calendar apps. A stable UID and the
 * meeting's version as SEQUENCE let a later invitation update the same calendar entry.
 */
export function meetingToIcs(meeting: CalendarMeeting, description: string): string {
  const { error, value } = createEvent({
    productId: "-//Bildungsnetz NRW//Sitzungen//DE",
    method: "PUBLISH",
    uid: `meeting-${meeting.id}@bildungsnetz`,
    sequence: meeting.version,
    title: meeting.title,
    description,
    location: meeting.location || meeting.onlineUrl,
    url: meeting.onlineUrl || undefined,
    start: meeting.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    ...(meeting.endsAt
      ? { end: meeting.endsAt.getTime(), endInputType: "utc" as const, endOutputType: "utc" as const }
      : { duration: { hours: 2 } }),
    status: meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("iCalendar-Datei konnte nicht erzeugt werden");
  return value;
}
