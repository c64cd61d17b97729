// Expected errors carry a German message for the person; anything else is logged and shown
// as a generic message.
export class AppError extends Error {
  constructor(
    message: string,
    readonly kind: "not_found" | "forbidden" | "conflict" | "invalid" | "throttled",
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Nicht gefunden.") {
    super(message, "not_found");
  }
}
