"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/core/forms/form-state";
import { FormBody, type FormBodyProps } from "./form-body";

export type { FieldSpec } from "./form-body";

interface Props extends Omit<FormBodyProps, "state" | "pending"> {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Clear the fields after a success (for "add" forms). */
  resetOnSuccess?: boolean;
  /** The id of the heading that names this form. */
  labelledBy?: string;
  className?: string;
}

/**
 * A server-action form (see FormBody for what it shows). Works without JavaScript: the
 * action is posted and the page re-rendered.
 */
export function ActionForm({ action, resetOnSuccess = false, labelledBy, className = "", ...body }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  const key = resetOnSuccess && state.status === "ok" ? `${body.id}-${state.done}` : body.id;
  return (
    <form
      action={formAction}
      noValidate
      className={`space-y-4 ${className}`}
      key={key}
      aria-labelledby={labelledBy}
      encType={body.fields.some((f) => f.kind === "file") ? "multipart/form-data" : undefined}
    >
      <FormBody state={state} pending={pending} {...body} />
    </form>
  );
}
