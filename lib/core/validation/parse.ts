import type { z } from "zod";
import { ValidationError } from "@/lib/core/errors.ts";
import { fieldErrorsOf } from "./text.ts";

/** Parses use-case input; invalid input throws a ValidationError with German field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}
