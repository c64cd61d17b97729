export const EVENT_KIND_LABEL = {
  CONFERENCE: "Bildungskonferenz",
  SYMPOSIUM: "Fachtagung",
  EXCHANGE_FORUM: "Austauschforum",
} as const;

export const REGISTRATION_STATUS_LABEL = {
  CONFIRMED: "bestätigt",
  WAITING: "Warteliste",
  CANCELLED: "storniert",
} as const;
