import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { berlinDateTime } from "@/lib/core/validation/berlin-time";
import { isAccusativeLabel, usedFieldLabels } from "@/lib/core/validation/field-label";
import { calendarDate, cleanText, idOf, wholeNumber } from "@/lib/core/validation/text";

// The validators build German messages from a field's label ("den Titel", "die Nein-Stimmen").
// This test collects every label the portal uses — from the validators themselves while every
// module under lib/ is loaded, and from the source for labels built only inside functions — and
// checks each label and every message made from it ("Die Nein-Stimmen muss …" and "Die Eingabe
// für der Protokolltext …" were such messages).
const root = path.resolve(__dirname, "../..");
const VALIDATORS =
  /\b(?:cleanText|wholeNumber|calendarDate|optionalCalendarDate|berlinDateTime|idOf|emailAddress)\(\s*"([^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated"))
    .map((f) => path.join(root, dir, f));
}

/** Every message a validator makes for the label, from input that fails each of its checks. */
function messagesFor(label: string): string[] {
  const failures: [
    { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
    unknown,
  ][] = [
    [cleanText(label, { min: 3, max: 5 }), 7],
    [cleanText(label, { min: 3, max: 5 }), "a\u0000b"],
    [cleanText(label, { min: 3, max: 5 }), "a\ud800bc"],
    [cleanText(label, { min: 3, max: 5 }), "ab"],
    [cleanText(label, { min: 1, max: 5 }), ""],
    [cleanText(label, { min: 3, max: 5 }), "abcdefgh"],
    [wholeNumber(label, { min: 0, max: 9 }), ""],
    [wholeNumber(label, { min: 0, max: 9 }), "1,5"],
    [wholeNumber(label, { min: 0, max: 9 }), "10"],
    [calendarDate(label), ""],
    [calendarDate(label), "2027-02-30"],
    [berlinDateTime(label), ""],
    [berlinDateTime(label), "2027-13-01T10:00"],
    [idOf(label), "keine-id"],
  ];
  return failures.flatMap(([schema, input]) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? []);
}

describe("the validators' German messages for every field label", () => {
  let labels: string[] = [];
  beforeAll(async () => {
    for (const file of sourceFiles("lib")) await import(file);
    const fromSource = [...sourceFiles("lib"), ...sourceFiles("app")].flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(VALIDATORS)].map((m) => m[1]!),
    );
    labels = [...new Set([...usedFieldLabels(), ...fromSource])].sort();
  }, 120_000);

  it("finds the labels (the check is not empty)", () => {
    expect(labels).toEqual(expect.arrayContaining(["den Titel", "die Nein-Stimmen", "ein Gremium", "den Beginn"]));
    expect(labels.length).toBeGreaterThan(50);
  });

  it("every label is an accusative noun phrase with its article", () => {
    expect(labels.filter((label) => !isAccusativeLabel(label))).toEqual([]);
  });

  it("every message uses the label only where the accusative is right: as the object or after 'für'", () => {
    const wrong: string[] = [];
    for (const label of labels) {
      const messages = messagesFor(label);
      expect(messages.length).toBeGreaterThanOrEqual(12);
      for (const message of messages) {
        const at = message.indexOf(label);
        const before = message.slice(0, Math.max(at, 0));
        const asObject = at > 0 && /(?:\bfür|\bSie) $/.test(before);
        if (!asObject || !/^[A-ZÄÖÜ]/.test(message) || !/[.)]$/.test(message)) wrong.push(message);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the messages of the reported examples read correctly", () => {
    expect(messagesFor("die Nein-Stimmen")).toContain("Bitte geben Sie für die Nein-Stimmen eine ganze Zahl an.");
    expect(messagesFor("den Protokolltext")).toContain(
      "Die Eingabe für den Protokolltext enthält ein unzulässiges Steuerzeichen.",
    );
    expect(messagesFor("den Beginn")).toContain(
      "Bitte geben Sie für den Beginn einen gültigen Zeitpunkt an (TT.MM.JJJJ, HH:MM).",
    );
    expect(messagesFor("das Datum der Unterzeichnung")).toContain(
      "Bitte geben Sie für das Datum der Unterzeichnung ein gültiges Datum an (TT.MM.JJJJ).",
    );
  });
});
