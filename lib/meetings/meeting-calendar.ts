import { createEvent } from "ics";

export interface CalendarMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  onlineUrl: string;
}

export interface CalendarNotice {
  /** REQUEST for an invitation or a change (Änderungsmitteilung), CANCEL for a cancellation. */
  method: "REQUEST" | "CANCEL";
  /** Higher than every SEQUENCE sent before for this meeting, so the calendar entry is replaced. */
  sequence: number;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string };
}

/** The UID of a meeting's calendar entry: the same in the invitation, every change and the cancellation. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@bildungsnetz`;

/** The Content-Type of an .ics attachment: its method parameter must equal the file's METHOD (RFC 6047). */
export const icsContentType = (method: CalendarNotice["method"]) => `text/calendar; charset=utf-8; method=${method}`;

/**
 * A name as an iCalendar parameter value (the CN of ORGANIZER and ATTENDEE). RFC 5545 has no
 * escape for a double quote inside a quoted value: the ics library writes `\"`, which a calendar
 * reads as the end of the name, taking the rest as further parameters (a person named
 * `Eva";ROLE=CHAIR` would become the meeting's chair). Double quotes become single ones, and
 * control characters (a line break would start a property of its own) spaces.
 */
export function calendarName(name: string): string {
  return name
    .replace(/"/g, "'")
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .trim();
}

const contact = (person: { name: string; email: string }) => ({ ...person, name: calendarName(person.name) });

/**
 * The meeting as an iCalendar event (RFC 5545/5546) for calendar apps. The stable UID and a
 * rising SEQUENCE let a change replace the same calendar entry, and METHOD:CANCEL remove it.
 */
export function meetingToIcs(meeting: CalendarMeeting, description: string, notice: CalendarNotice): string {
  const { error, value } = createEvent({
    productId: "-//Bildungsnetz NRW//Sitzungen//DE",
    method: notice.method,
    uid: meetingUid(meeting.id),
    sequence: notice.sequence,
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
    status: notice.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    organizer: contact(notice.organizer),
    attendees: notice.attendee ? [{ ...contact(notice.attendee), rsvp: false, role: "REQ-PARTICIPANT" }] : undefined,
  });
  if (error || !value) throw error ?? new Error("iCalendar-Datei konnte nicht erzeugt werden");
  return value;
}
