import "@/lib/core/server-only.ts";
import { noteDatabaseUnavailable } from "@/lib/core/http/outage-status.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/core/http/outage-digest.ts";

/**
 * The database could not be reached (restart, lost network): the request may succeed in a
 * moment. Its `digest` survives the way to the browser, where app/error.tsx and
 * app/global-error.tsx show the German "bitte erneut versuchen" page instead of the generic
 * one; the original error is its `cause` (isDatabaseUnavailable still recognises it).
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super(DATABASE_UNAVAILABLE_MESSAGE, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * Runs `work` (one way into the database) and turns a "not reachable" failure into a
 * DatabaseUnavailableError; it also marks the current HTTP request, whose 500 then goes out
 * as 503 (lib/core/http/outage-status.ts). Every other error passes unchanged.
 */
export async function failingAsOutage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || !isDatabaseUnavailable(error)) throw error;
    noteDatabaseUnavailable();
    throw new DatabaseUnavailableError(error);
  }
}
