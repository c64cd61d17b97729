import type { FormState } from "@/lib/core/forms/form-state";
import type { FieldSpec } from "./form-body";

/** What the server says a field holds: its stored value (or, for a hidden field, its value). */
function storedValue(field: FieldSpec): unknown {
  switch (field.kind) {
    case "hidden":
      return field.value;
    case "checkbox":
      return Boolean(field.defaultChecked);
    case "checkboxes":
      return field.items.map((item) => Boolean(item.defaultChecked));
    case "file":
    case "password":
      return null;
    default:
      return field.defaultValue ?? "";
  }
}

/**
 * The revision of a form's content: it changes whenever a field's stored value changes (the
 * page was revalidated after a save, or someone else saved), whenever the form shows typed
 * values after an error, and (with `resetOnSuccess`) after every success. ActionForm keys its
 * <form> on it, so every kind of field — text, textarea, select, radios, checkbox, date — is
 * mounted afresh with what was stored (or typed). React's own reset after an action only
 * restores the defaults the fields were mounted with, and a select never takes a new one.
 *
 * Forms with fields of their own (children, such as a table of radio buttons) pass `extra`: any
 * value that changes when what they show was saved, such as the rows' `updatedAt`.
 */
export function formRevision(fields: FieldSpec[], state: FormState, resetOnSuccess: boolean, extra?: unknown): string {
  return JSON.stringify([
    fields.map((field) => [field.name, storedValue(field)]),
    extra ?? null,
    state.status === "error" ? (state.values ?? {}) : null,
    resetOnSuccess && state.status === "ok" ? state.done : null,
  ]);
}
