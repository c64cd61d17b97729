import { berlinDateLong } from "@/lib/core/format/berlin-dates.ts";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time.ts";
import { meetingHasBegun } from "./meeting-has-begun.ts";

// When minutes may be written and approved (issue 20): the office writes minutes from the
// meeting day on (Berlin time) and approves them only after the meeting, on a date between the
// meeting day and today. Pure functions, so the page can say why a step is not offered.

type MeetingTimes = { startsAt: Date; endsAt: Date | null; status: string };

/** The Berlin calendar day of an instant, "YYYY-MM-DD". */
export function berlinDay(instant: Date): string {
  return utcToBerlinLocal(instant).slice(0, 10);
}

/** Why minutes cannot be written for this meeting now, or null if they can. */
export function minutesWriteRefusal(meeting: MeetingTimes, now = new Date()): string | null {
  if (meeting.status === "CANCELLED") return "Die Sitzung ist abgesagt; zu ihr gibt es kein Protokoll.";
  if (!meetingHasBegun(meeting.startsAt, now))
    return `Das Protokoll kann erst ab dem Sitzungstag geschrieben werden (die Sitzung ist am ${berlinDateLong.format(meeting.startsAt)}).`;
  return null;
}

/** Why minutes of this meeting cannot be approved now, or null if they can. */
export function minutesApprovalRefusal(meeting: MeetingTimes, now = new Date()): string | null {
  const writeRefusal = minutesWriteRefusal(meeting, now);
  if (writeRefusal) return writeRefusal;
  if ((meeting.endsAt ?? meeting.startsAt).getTime() > now.getTime())
    return "Das Protokoll kann erst genehmigt werden, wenn die Sitzung stattgefunden hat.";
  return null;
}

/** Why this approval day ("YYYY-MM-DD") does not fit the meeting, or null if it does. */
export function approvalDayRefusal(meeting: MeetingTimes, day: string, now = new Date()): string | null {
  if (day < berlinDay(meeting.startsAt))
    return `Das Genehmigungsdatum liegt vor der Sitzung (${berlinDateLong.format(meeting.startsAt)}). Bitte prüfen Sie das Datum.`;
  if (day > berlinDay(now)) return "Das Genehmigungsdatum liegt in der Zukunft. Bitte prüfen Sie das Datum.";
  return null;
}
