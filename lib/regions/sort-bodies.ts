const BODY_ORDER = { STEERING: 0, CONFERENCE: 1, OFFICE: 2, WORKING_GROUP: 3 } as const;

/** Lenkungskreis, Bildungskonferenz, Bildungsbüro, then working groups; by German name within a kind. Sorts in place. */
export function sortBodies<T extends { kind: keyof typeof BODY_ORDER; name: string }>(bodies: T[]): T[] {
  return bodies.sort((a, b) => BODY_ORDER[a.kind] - BODY_ORDER[b.kind] || a.name.localeCompare(b.name, "de"));
}
