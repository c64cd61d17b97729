import { z } from "zod";
import { UUID_PATTERN } from "./uuid.ts";

// What people type: NFC-normalised ("Müller" typed with combining marks equals "Müller"),
// trimmed, and free of NUL (PostgreSQL rejects it) and lone surrogates (stored as U+FFFD).
export function cleanText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .string({ error: `Bitte geben Sie für ${label} einen Text ein.` })
    .optional()
    .transform((value) => (value ?? "").normalize("NFC").trim())
    .refine((value) => !value.includes("\u0000"), {
      error: `Die Eingabe für ${label} enthält ein unzulässiges Steuerzeichen.`,
    })
    .refine((value) => value.isWellFormed(), { error: `Die Eingabe für ${label} enthält ungültige Zeichen.` })
    .refine((value) => value.length >= min, {
      error: min <= 1 ? `Bitte geben Sie ${label} an.` : `Bitte geben Sie ${label} mit mindestens ${min} Zeichen an.`,
    })
    .refine((value) => value.length <= max, { error: `Bitte kürzen Sie ${label} auf höchstens ${max} Zeichen.` });
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
        error: `${label[0]!.toUpperCase()}${label.slice(1)} ist kein gültiges Datum.`,
      },
    )
    .transform((value) => new Date(`${value}T00:00:00Z`));
}

/** A field that may be left empty (absent, null or ""): then it is `empty`. */
export function blankable<S extends z.ZodType, E>(schema: S, empty: E) {
  return z
    .union([z.literal(""), z.null(), schema])
    .optional()
    .transform((value) => (value === "" || value === null || value === undefined ? empty : (value as z.output<S>)));
}

/** An optional date: empty input is null. */
export function optionalCalendarDate(label: string) {
  return blankable(calendarDate(label), null);
}

/** A whole number typed into a form field. */
export function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  return z
    .string({ error: `Bitte geben Sie ${label} an.` })
    .trim()
    .min(1, { error: `Bitte geben Sie ${label} an.` })
    .refine((value) => /^-?\d+$/.test(value), {
      error: `${label[0]!.toUpperCase()}${label.slice(1)} muss eine ganze Zahl sein.`,
    })
    .transform(Number)
    .refine((value) => value >= min && value <= max, {
      error: `${label[0]!.toUpperCase()}${label.slice(1)} muss zwischen ${min} und ${max} liegen.`,
    });
}

/** A checkbox: present ("on") or absent. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.null(), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === "true" || value === true);

/** An id of a row, as sent by a form. */
export function idOf(label: string) {
  return z.string({ error: `Bitte wählen Sie ${label}.` }).regex(UUID_PATTERN, { error: `Bitte wählen Sie ${label}.` });
}
