import { VOTE_LABEL } from "./labels.ts";

/** A choice in words, for "Ihre Stimme: …" and the named vote list. */
export function describeChoice(choice: Record<string, unknown>, options: { id: string; label: string }[]): string {
  const label = (optionId: string) => options.find((o) => o.id === optionId)?.label ?? "?";
  if (typeof choice.vote === "string") return VOTE_LABEL[choice.vote as keyof typeof VOTE_LABEL] ?? choice.vote;
  if (Array.isArray(choice.approve))
    return choice.approve.length ? choice.approve.map((x) => label(String(x))).join(", ") : "keine Option (Enthaltung)";
  if (choice.points && typeof choice.points === "object") {
    // in the poll's option order: jsonb keeps object keys in its own order, not the typed one
    const points = choice.points as Record<string, number>;
    const given = options.filter((o) => points[o.id]);
    return given.length ? given.map((o) => `${o.label}: ${points[o.id]}`).join(", ") : "keine Punkte";
  }
  if (Array.isArray(choice.order)) return choice.order.map((x, i) => `${i + 1}. ${label(String(x))}`).join(", ");
  return "";
}
