import { z } from "zod";

// What people type: NFC-normalised ("Müller" typed with combining marks equals "Müller"),
// trimmed, and free of NUL (PostgreSQL rejects it) and lone surrogates (stored as U+FFFD).
export function cleanText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label}: Bitte geben Sie einen Text ein.` })
    .transform((value) => value.normalize("NFC").trim())
    .refine((value) => !value.includes("\u0000"), { error: `${label} enthält ein unzulässiges Steuerzeichen.` })
    .refine((value) => value.isWellFormed(), { error: `${label} enthält ungültige Zeichen.` })
    .refine((value) => value.length >= min, {
      error: min <= 1 ? `Bitte geben Sie ${label} an.` : `${label} muss mindestens ${min} Zeichen lang sein.`,
    })
    .refine((value) => value.length <= max, { error: `${label} darf höchstens ${max} Zeichen lang sein.` });
}

export function emailAddress(label = "die E-Mail-Adresse") {
  return cleanText(label, { min: 1, max: 254 }).pipe(
    z.email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@beispiel.de)." }).transform((v) => v.toLowerCase()),
  );
}

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
