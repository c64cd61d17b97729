/** The traffic light of an assignment in reports: done, on track, overdue (or cancelled). */
export type Light = "done" | "on-track" | "overdue" | "cancelled";

export const LIGHT_LABEL: Record<Light, string> = {
  done: "erledigt",
  "on-track": "im Plan",
  overdue: "überfällig",
  cancelled: "entfallen",
};

/** `today` is a calendar date at UTC midnight, like `dueOn`. */
export function assignmentLight(assignment: { status: string; dueOn: Date | null }, today: Date): Light {
  if (assignment.status === "DONE") return "done";
  if (assignment.status === "CANCELLED") return "cancelled";
  if (assignment.dueOn && assignment.dueOn < today) return "overdue";
  return "on-track";
}
