export const OUTCOME_LABEL = {
  ADOPTED: "angenommen",
  ADOPTED_AMENDED: "mit Änderungen angenommen",
  REJECTED: "abgelehnt",
  DEFERRED: "vertagt",
} as const;
/** "angenommen" or "mit Änderungen angenommen": an outcome that is in force and can bear assignments. */
export const isAdopted = (outcome: string) => outcome === "ADOPTED" || outcome === "ADOPTED_AMENDED";
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
