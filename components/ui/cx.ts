/**
 * Joins class names and drops the empty ones. It does not merge Tailwind utilities, so callers
 * add layout (margins, widths) to a building block, never a utility that competes with its own.
 */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
