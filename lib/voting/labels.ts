export const METHOD_LABEL = {
  YES_NO_ABSTAIN: "Ja / Nein / Enthaltung (Beschlussvorlage)",
  APPROVAL: "Zustimmungswahl (bis zu k Optionen)",
  POINTS: "Punktevergabe",
  RANKING: "Rangfolge (Schulze-Methode)",
} as const;

export const POLL_STATUS_LABEL = {
  DRAFT: "Entwurf",
  OPEN: "offen",
  CLOSED: "geschlossen",
  PUBLISHED: "Ergebnis bekanntgegeben",
} as const;
export const SECRECY_LABEL = { NAMED: "namentlich", SECRET: "geheim" } as const;
export const VOTE_LABEL = { YES: "Ja", NO: "Nein", ABSTAIN: "Enthaltung" } as const;
export const MAJORITY_RULE_LABEL = { SIMPLE: "Einfache Mehrheit", TWO_THIRDS: "Zweidrittelmehrheit" } as const;
/** The same rules inside a sentence: the adjective in lower case, the noun as it is. */
export const MAJORITY_RULE_IN_TEXT = { SIMPLE: "einfache Mehrheit", TWO_THIRDS: "Zweidrittelmehrheit" } as const;
export const MAJORITY_BASE_LABEL = {
  YES_NO: "der Ja- und Nein-Stimmen (Enthaltungen zählen nicht)",
  PRESENT: "der Teilnehmenden (Enthaltungen zählen mit)",
  ALL_SEATS: "aller stimmberechtigten Sitze",
} as const;
