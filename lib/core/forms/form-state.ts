import { AppError, ValidationError } from "@/lib/core/errors.ts";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/core/http/outage-digest.ts";
import { firstCharacters, type FieldErrors } from "@/lib/core/validation/text.ts";

export interface FormState {
  status: "idle" | "ok" | "error";
  message?: string;
  warnings?: string[];
  fieldErrors?: FieldErrors;
  /** What the person typed, to show again after an error. */
  values?: Record<string, string>;
  /** Changes on every outcome: "add" forms reset after a success, the error summary takes the focus again. */
  done?: number;
}

export const IDLE: FormState = { status: "idle" };

/**
 * The answer to an action call that no form of the portal sends (a hand-built POST whose
 * arguments are not the form's data): a German message instead of an unhandled error (a 500).
 */
export const INVALID_REQUEST =
  "Ungültige Anfrage: Die Formulardaten sind nicht lesbar angekommen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

export function invalidRequest(): FormState {
  return { status: "error", message: INVALID_REQUEST, done: Date.now() };
}

export interface Outcome {
  message: string;
  warnings?: string[];
}

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$")) values[key] = firstCharacters(value, 20_000);
  return values;
}

/** A form sent while the database could not be reached: the German message, the typed values kept. */
export function databaseUnavailableState(formData: FormData): FormState {
  return {
    status: "error",
    message: `${DATABASE_UNAVAILABLE_MESSAGE} Ihre Eingaben stehen noch im Formular.`,
    values: typedValues(formData),
  };
}

/** The error of lib/core/db/outage.ts, recognised by its digest (this module is also loaded in the browser). */
export function isDatabaseUnavailableError(error: unknown): boolean {
  return (error as { digest?: unknown } | null)?.digest === DATABASE_UNAVAILABLE_DIGEST;
}

/**
 * Runs a use case for a form: expected errors become German messages next to the fields,
 * with the typed values kept; anything else is logged and shown as a generic message.
 */
export async function runForm(formData: FormData, work: () => Promise<Outcome>): Promise<FormState> {
  if (!(formData instanceof FormData)) return invalidRequest();
  try {
    const outcome = await work();
    return { status: "ok", message: outcome.message, warnings: outcome.warnings, done: Date.now() };
  } catch (error) {
    const values = typedValues(formData);
    if (error instanceof ValidationError)
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values, done: Date.now() };
    if (error instanceof AppError) return { status: "error", message: error.message, values, done: Date.now() };
    if (isDatabaseUnavailableError(error)) return databaseUnavailableState(formData);
    console.error("Unerwarteter Fehler in einer Formularaktion", error);
    return {
      status: "error",
      message: "Das hat leider nicht geklappt. Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.",
      values,
      done: Date.now(),
    };
  }
}
