import { z } from "zod";
import { fieldLabel } from "./field-label.ts";
import { UUID_PATTERN } from "./uuid.ts";

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and zero-width
 * characters (U+200B–200D, U+2060, U+FEFF). Invisible, they make "\u202efdp.exe" read as
 * "exe.pdf" and let two names that look the same differ; nothing people type needs them here.
 */
export const INVISIBLE_FORMATTING = /[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/g;

/** Without bidi controls and zero-width characters (see INVISIBLE_FORMATTING). */
export function stripInvisibleFormatting(value: string): string {
  return value.replace(INVISIBLE_FORMATTING, "");
}

/** Length in characters (code points), as people count: one emoji is one, not two UTF-16 units. */
export function characterCount(value: string): number {
  return [...value].length;
}

/** The first `max` characters (code points); never cuts a surrogate pair in half. */
export function firstCharacters(value: string, max: number): string {
  return value.length <= max ? value : [...value].slice(0, max).join("");
}

// What people type: NFC-normalised ("Müller" typed with combining marks equals "Müller"),
// without bidi controls and zero-width characters (stripped: friendlier than refusing a title
// pasted from a word processor), trimmed, free of NUL (PostgreSQL rejects it) and lone
// surrogates (stored as U+FFFD), and measured in characters. Passwords keep every character
// (`invisible: "keep"`): they are never shown, and stripping would change existing passwords.
export function cleanText(
  label: string,
  { min = 0, max, invisible = "strip" }: { min?: number; max: number; invisible?: "strip" | "keep" },
) {
  fieldLabel(label);
  return z
    .string({ error: `Bitte geben Sie für ${label} einen Text ein.` })
    .optional()
    .transform((value) => {
      const normalised = (value ?? "").normalize("NFC");
      return (invisible === "strip" ? stripInvisibleFormatting(normalised) : normalised).trim();
    })
    .refine((value) => !value.includes("\u0000"), {
      error: `Die Eingabe für ${label} enthält ein unzulässiges Steuerzeichen.`,
    })
    .refine((value) => value.isWellFormed(), { error: `Die Eingabe für ${label} enthält ungültige Zeichen.` })
    .refine((value) => characterCount(value) >= min, {
      error: min <= 1 ? `Bitte geben Sie ${label} an.` : `Bitte geben Sie ${label} mit mindestens ${min} Zeichen an.`,
    })
    .refine((value) => characterCount(value) <= max, {
      error: `Bitte kürzen Sie ${label} auf höchstens ${max} Zeichen.`,
    });
}

export function emailAddress(label = "die E-Mail-Adresse") {
  return cleanText(label, { min: 1, max: 254 }).pipe(
    z
      .email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@beispiel.de)." })
      .transform((v) => v.toLowerCase()),
  );
}

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

const GERMAN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date from an <input type="date"> (YYYY-MM-DD), as UTC midnight. */
export function calendarDate(label: string) {
  fieldLabel(label);
  return z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Bitte geben Sie ${label} an.` })
    .refine(
      (value) =>
        GERMAN_DATE.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      {
        error: `Bitte geben Sie für ${label} ein gültiges Datum an (TT.MM.JJJJ).`,
      },
    )
    .transform((value) => new Date(`${value}T00:00:00Z`));
}

/** A field that may be left empty (absent, null or ""): then it is `empty`. */
export function blankable<S extends z.ZodType, E>(schema: S, empty: E) {
  // Blank input (missing, null, only spaces) is `empty`; anything else goes to the field's own
  // schema, so its German message reaches the field. (A union of "" and the schema answered a
  // wrong value with zod's English "Invalid input".)
  return z
    .preprocess(
      (value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value),
      schema.optional(),
    )
    .transform((value) => (value === undefined ? empty : (value as z.output<S>)));
}

/** An optional date: empty input is null. */
export function optionalCalendarDate(label: string) {
  return blankable(calendarDate(label), null);
}

/** A whole number typed into a form field. */
export function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  fieldLabel(label);
  return z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Bitte geben Sie ${label} an.` })
    .refine((value) => /^-?\d+$/.test(value), {
      error: `Bitte geben Sie für ${label} eine ganze Zahl an.`,
    })
    .transform(Number)
    .refine((value) => value >= min && value <= max, {
      error: `Bitte geben Sie für ${label} eine Zahl von ${min} bis ${max} an.`,
    });
}

/** A checkbox: present ("on") or absent. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.null(), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** An id of a row, as sent by a form. */
export function idOf(label: string) {
  fieldLabel(label);
  return z.string({ error: `Bitte wählen Sie ${label}.` }).regex(UUID_PATTERN, { error: `Bitte wählen Sie ${label}.` });
}
