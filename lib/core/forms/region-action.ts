import "@/lib/core/server-only.ts";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Permission } from "@/lib/permissions.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { requireRegion } from "@/lib/tenancy/require-region.ts";
import {
  databaseUnavailableState,
  invalidRequest,
  isDatabaseUnavailableError,
  runForm,
  type FormState,
  type Outcome,
} from "./form-state.ts";

// One shape for every server action of a region's internal pages (STYLE.md, "One shape for
// actions"): the region gate, the form's error handling, revalidation and the redirect live
// here once, so no action can forget a step or do them in another order.
// tests/unit/region-actions.test.ts keeps app/[region]/intern/**/actions.ts to this shape.

/** What the use case of an action gets. */
export interface RegionRequest {
  slug: string;
  /** The person acting, from the region gate. */
  actor: Actor;
  /** The posted fields (`Object.fromEntries(formData)`), the input most use cases parse. */
  input: Record<string, FormDataEntryValue>;
  formData: FormData;
}

/** A path below the region: "/" is the whole region (public pages too), "/intern" its internal pages. */
type RegionPath = `/${string}`;

export interface RegionActionOptions<Result> {
  /**
   * What to revalidate after a success: a path below the region as a layout (default
   * "/intern"), `{ page }` for that one page only, or false for nothing.
   */
  revalidate?: RegionPath | { page: RegionPath } | false;
  /**
   * Where to go after a success (after revalidating), computed from the use case's result.
   * Options declared apart from the call type that result as `Outcome & { … }`.
   */
  redirect?: (result: Result, request: RegionRequest) => string;
}

/** A form action bound to a region: `action.bind(null, slug)` is what ActionForm takes. */
export type RegionAction = (slug: string, state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Builds a server action: arguments that are not a region slug and the form's data answer
 * "Ungültige Anfrage" (invalidRequest), then `requireRegion(slug, permission)` (404 or login otherwise), then the
 * use case under `runForm` (expected errors become German messages next to the fields, with the
 * typed values kept), then on success revalidation and the optional redirect. The use case
 * returns the German success message (and warnings), plus whatever the redirect needs.
 * Next's `redirect()` throws, so it is called here after runForm, never inside it.
 */
export function regionAction<Result extends Outcome>(
  permission: Permission,
  run: (request: RegionRequest) => Promise<Result>,
  options: RegionActionOptions<NoInfer<Result>> = {},
): RegionAction {
  return async (slug, _state, formData) => {
    // Only a hand-built request sends anything else; it learns nothing, not even whether it may act.
    if (typeof slug !== "string" || !(formData instanceof FormData)) return invalidRequest();
    // the gate reads the session and the region: without the database, the form answers itself
    const gate = await requireRegion(slug, permission).catch((error: unknown) => {
      if (isDatabaseUnavailableError(error)) return null;
      throw error;
    });
    if (!gate) return databaseUnavailableState(formData);
    const { actor } = gate;
    const request: RegionRequest = { slug, actor, input: Object.fromEntries(formData), formData };
    let result: Result | undefined;
    const state = await runForm(formData, async () => (result = await run(request)));
    if (state.status !== "ok" || result === undefined) return state;
    revalidate(slug, options.revalidate ?? "/intern");
    if (options.redirect) redirect(options.redirect(result, request));
    return state;
  };
}

function revalidate(slug: string, target: RegionActionOptions<unknown>["revalidate"]): void {
  if (target === false || target === undefined) return;
  if (typeof target === "object") revalidatePath(`/${slug}${target.page}`);
  else revalidatePath(target === "/" ? `/${slug}` : `/${slug}${target}`, "layout");
}
