// Expected errors carry a German message for the person; anything else is logged and shown
// as a generic message.
import type { FieldErrors } from "@/lib/core/validation/text.ts";

export class AppError extends Error {
  constructor(
    message: string,
    readonly kind: "not_found" | "forbidden" | "conflict" | "invalid" | "throttled",
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Nicht gefunden. Der Eintrag existiert nicht oder gehört nicht zu Ihrer Region.") {
    super(message, "not_found");
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, "conflict");
  }
}

/** Invalid input: German messages per field, nothing was stored. */
export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Bitte prüfen Sie Ihre Eingaben.",
  ) {
    super(message, "invalid");
  }
}
