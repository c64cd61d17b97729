export const OUTCOME_LABEL = {
  ADOPTED: "angenommen",
  ADOPTED_AMENDED: "mit Änderungen angenommen",
  REJECTED: "abgelehnt",
  DEFERRED: "vertagt",
} as const;
export const ASSIGNMENT_STATUS_LABEL = {
  OPEN: "offen",
  IN_PROGRESS: "in Arbeit",
  DONE: "erledigt",
  CANCELLED: "entfallen",
} as const;
export const AMENDMENT_KIND_LABEL = {
  AMENDS: "Änderungsbeschluss: ändert einen früheren Beschluss",
  REVOKES: "Aufhebungsbeschluss: hebt einen früheren Beschluss auf",
} as const;
