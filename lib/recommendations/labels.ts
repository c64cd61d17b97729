/** "1 Empfehlung", "3 Empfehlungen". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const RECOMMENDATION_STATUS_LABEL = {
  SUBMITTED: "eingebracht",
  FORWARDED: "beim Lenkungskreis",
  DECIDED: "entschieden",
} as const;
