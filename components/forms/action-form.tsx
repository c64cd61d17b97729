"use client";

import {
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from "react";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/core/files/upload-limit";
import type { FormState } from "@/lib/core/forms/form-state";
import { FormBody, type FormBodyProps } from "./form-body";
import { flash } from "./flash";
import { formRevision } from "./form-revision";
import { forgetFocus, rememberFocus, restoreFocus } from "./keep-focus";

export type { FieldSpec } from "./form-body";

interface Props extends Omit<FormBodyProps, "state" | "pending" | "children"> {
  /**
   * Fields of the form's own above the field list (e.g. a table of radio buttons); as a function
   * it gets the form's state, to show the typed values and messages after an error.
   */
  children?: ReactNode | ((state: FormState) => ReactNode);
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Clear the fields after a success (for "add" forms). */
  resetOnSuccess?: boolean;
  /** The id of the heading that names this form. */
  labelledBy?: string;
  className?: string;
  /**
   * For fields passed as children: a value that changes when what they show was saved (e.g. the
   * rows' updatedAt). The form is mounted afresh when it changes (see form-revision.ts).
   */
  revision?: unknown;
  /** Where the focus goes after a success if the submit button is gone (ids, in order). */
  focusAfter?: string[];
}

const IDLE: FormState = { status: "idle" };
const noSubscription = () => () => {};

/** The file fields whose chosen file is larger than an upload may be. */
function tooLargeFiles(form: HTMLFormElement): FormState | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"]'))
    if ([...(input.files ?? [])].some((file) => file.size > MAX_UPLOAD_BYTES))
      fieldErrors[input.name] = [UPLOAD_TOO_LARGE];
  if (!Object.keys(fieldErrors).length) return null;
  // the typed values stay (the form is mounted afresh with them, see form-revision.ts)
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
  return { status: "error", message: "Bitte prüfen Sie Ihre Eingaben.", fieldErrors, values, done: Date.now() };
}

/**
 * A server-action form (see FormBody for what it shows). Works without JavaScript: the
 * action is posted and the page re-rendered. With JavaScript a file larger than an upload may
 * be is refused before it is sent (next to its field), instead of sending megabytes for
 * nothing; without, the use case or the proxy refuses it with the same message.
 *
 * After a save that stays on the page every field shows what was stored: the <form> is keyed on
 * the revision of its stored values (form-revision.ts), and the focus stays where it was.
 */
export function ActionForm({
  action,
  resetOnSuccess = false,
  labelledBy,
  className = "",
  revision,
  focusAfter = [],
  children,
  ...body
}: Props) {
  // Without JavaScript the form posts the server action itself (React's progressive
  // enhancement needs the server reference). With JavaScript it runs a wrapper that sees the
  // outcome: a form the page no longer shows after its success (published, cancelled, removed …)
  // hands its message to the page's confirmation region (flash.tsx) as it goes — it is unmounted
  // in the same commit that brings the outcome, so it never renders it itself.
  const lastSuccess = useRef<{ message: string; at: number; path: string } | null>(null);
  const [postedState, postAction, postPending] = useActionState<FormState, FormData>(action, IDLE);
  const [clientState, clientAction, clientPending] = useActionState<FormState, FormData>(async (previous, formData) => {
    const outcome = await action(previous, formData);
    if (outcome?.status === "ok" && outcome.message)
      lastSuccess.current = { message: outcome.message, at: Date.now(), path: window.location.pathname };
    return outcome;
  }, IDLE);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const state = clientState.status !== "idle" ? clientState : postedState;
  const formAction = hydrated ? clientAction : postAction;
  const pending = hydrated ? clientPending : postPending;
  useEffect(
    () => () => {
      const last = lastSuccess.current;
      if (last && Date.now() - last.at < 5_000 && window.location.pathname === last.path) flash(last.message, last.at);
    },
    [],
  );
  const [refused, setRefused] = useState<FormState | null>(null);
  const shown = refused ?? state;
  const key = `${body.id}:${formRevision(body.fields, shown, resetOnSuccess, revision)}`;
  const hasFile = body.fields.some((f) => f.kind === "file");
  useEffect(() => {
    if (shown.status === "error") forgetFocus();
    else restoreFocus();
  }, [shown]);
  function submit(event: FormEvent<HTMLFormElement>) {
    const tooLarge = hasFile ? tooLargeFiles(event.currentTarget) : null;
    setRefused(tooLarge);
    if (tooLarge) event.preventDefault();
    else rememberFocus([(event.nativeEvent as SubmitEvent).submitter?.id, ...focusAfter]);
  }
  return (
    <form
      action={formAction}
      onSubmit={submit}
      noValidate
      className={`space-y-4 ${className}`}
      key={key}
      aria-labelledby={labelledBy}
      encType={hasFile ? "multipart/form-data" : undefined}
    >
      <FormBody state={shown} pending={pending} {...body}>
        {typeof children === "function" ? children(shown) : children}
      </FormBody>
    </form>
  );
}
