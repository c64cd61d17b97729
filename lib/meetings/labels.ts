export const MEETING_STATUS_LABEL = {
  PLANNED: "geplant",
  INVITED: "eingeladen",
  HELD: "durchgeführt",
  CANCELLED: "abgesagt",
} as const;
export const MINUTES_STATUS_LABEL = {
  DRAFT: "Entwurf",
  CIRCULATED: "zur Durchsicht versandt",
  APPROVED: "genehmigt",
} as const;
export const AGENDA_KIND_LABEL = { INFORMATION: "Information", DISCUSSION: "Beratung", DECISION: "Beschluss" } as const;
export const ATTENDANCE_LABEL = { PRESENT: "anwesend", EXCUSED: "entschuldigt", ABSENT: "abwesend" } as const;
/** The choices per seat in the attendance table; "vertreten" is stored as excused with the deputy present. */
export const SEAT_ATTENDANCE_LABEL = {
  PRESENT: "anwesend",
  EXCUSED: "entschuldigt",
  REPRESENTED: "vertreten",
  ABSENT: "abwesend",
} as const;
export type SeatStatus = keyof typeof SEAT_ATTENDANCE_LABEL;
/** The fields of a meeting as people read them in its history and in an Änderungsmitteilung. */
export const MEETING_FIELD_LABEL = {
  body: "Gremium",
  title: "Titel",
  startsAt: "Beginn",
  endsAt: "Ende",
  location: "Ort",
  onlineUrl: "Link zur Online-Sitzung",
  isPublic: "öffentlich",
} as const;
export type MeetingField = keyof typeof MEETING_FIELD_LABEL;
