import "@/lib/core/server-only.ts";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/core/errors.ts";

/**
 * A use case that finds nothing (or nothing this person may see) throws NotFoundError; a page
 * or route handler answers that with Next's 404 page, everything else propagates.
 * `const meeting = await orNotFound(getMeeting(actor, id));`
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
