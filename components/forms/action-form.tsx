"use client";

import { useActionState, useState, type FormEvent } from "react";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/core/files/upload-limit";
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

/** The file fields whose chosen file is larger than an upload may be. */
function tooLargeFiles(form: HTMLFormElement): FormState | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]'))
    if ([...(input.files ?? [])].some((file) => file.size > MAX_UPLOAD_BYTES))
      fieldErrors[input.name] = [UPLOAD_TOO_LARGE];
  return Object.keys(fieldErrors).length
    ? { status: "error", message: "Bitte prüfen Sie Ihre Eingaben.", fieldErrors }
    : null;
}

/**
 * A server-action form (see FormBody for what it shows). Works without JavaScript: the
 * action is posted and the page re-rendered. With JavaScript a file larger than an upload may
 * be is refused before it is sent (next to its field), instead of sending megabytes for
 * nothing; without, the use case or the proxy refuses it with the same message.
 */
export function ActionForm({ action, resetOnSuccess = false, labelledBy, className = "", ...body }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  const [refused, setRefused] = useState<FormState | null>(null);
  const key = resetOnSuccess && state.status === "ok" ? `${body.id}-${state.done}` : body.id;
  const hasFile = body.fields.some((f) => f.kind === "file");
  function checkFiles(event: FormEvent<HTMLFormElement>) {
    const tooLarge = hasFile ? tooLargeFiles(event.currentTarget) : null;
    setRefused(tooLarge);
    if (tooLarge) event.preventDefault();
  }
  return (
    <form
      action={formAction}
      onSubmit={checkFiles}
      noValidate
      className={`space-y-4 ${className}`}
      key={key}
      aria-labelledby={labelledBy}
      encType={hasFile ? "multipart/form-data" : undefined}
    >
      <FormBody state={refused ?? state} pending={pending} {...body} />
    </form>
  );
}
