// The German messages of the field validators (text.ts, berlin-time.ts) name their field by a
// label such as "den Titel", "die Nein-Stimmen" or "ein Gremium": a noun phrase in the
// accusative, with its article. The messages use it only where the accusative is right for
// every gender and number — as the object ("Bitte geben Sie den Titel an.", "Bitte wählen Sie
// ein Gremium.") or after "für" ("Bitte geben Sie für die Nein-Stimmen eine ganze Zahl an.") —
// never as a subject, where it would need the nominative and a verb agreeing in number
// ("Die Nein-Stimmen muss …", "Den Beginn ist …"). tests/unit/field-labels.test.ts checks
// every label the portal uses and every message made from it.

/** Words an accusative noun phrase may start with (articles and the polite possessive). */
export const ACCUSATIVE_DETERMINERS = ["den", "die", "das", "einen", "eine", "ein", "Ihren", "Ihre", "Ihr"] as const;

const used = new Set<string>();

/** Notes the label of a field (for the test over all labels) and returns it. */
export function fieldLabel(label: string): string {
  used.add(label);
  return label;
}

/** Every label given to a validator so far (in this process). */
export function usedFieldLabels(): string[] {
  return [...used];
}

/** Whether the label reads as an accusative noun phrase: a determiner and at least one more word. */
export function isAccusativeLabel(label: string): boolean {
  const [first, ...rest] = label.split(" ");
  return (ACCUSATIVE_DETERMINERS as readonly string[]).includes(first ?? "") && rest.join(" ").trim().length > 0;
}
