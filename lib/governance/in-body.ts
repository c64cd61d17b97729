// Messages say where something happens in a body: "im Lenkungskreis", but "in der
// Bildungskonferenz" — "im Bildungskonferenz" was what a fixed "im ${name}" made of the
// conference. Body names are typed by the office, so only the usual ones get their article; any
// other name is given as the name of a Gremium, which is right whatever its gender.
const DATIVE: [RegExp, string][] = [
  [/^(Lenkungskreis|Steuerkreis|Arbeitskreis|Beirat|Ausschuss|Bildungsbüro|Büro|Fachforum|Forum)(?=\s|$)/u, "im"],
  [/^(Bildungskonferenz|Konferenz|Lenkungsgruppe|Steuerungsgruppe|Arbeitsgruppe|Fachgruppe|AG)(?=\s|$)/u, "in der"],
];

/** "im Lenkungskreis", "in der Bildungskonferenz", "im Gremium „Runder Tisch“". */
export function inBody(name: string): string {
  for (const [pattern, preposition] of DATIVE) if (pattern.test(name)) return `${preposition} ${name}`;
  return `im Gremium „${name}“`;
}
