import type { ReactNode } from "react";
import { Button, type ButtonStyle } from "@/components/ui/button";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/core/forms/form-state";
import { ErrorSummary, type SummaryEntry } from "./error-summary";

export type FieldSpec =
  | {
      kind: "text" | "email" | "date" | "datetime-local" | "number" | "password";
      name: string;
      label: string;
      required?: boolean;
      hint?: string;
      defaultValue?: string;
      autoComplete?: string;
      min?: number;
      max?: number;
      step?: string;
    }
  | {
      kind: "textarea";
      name: string;
      label: string;
      required?: boolean;
      hint?: string;
      defaultValue?: string;
      rows?: number;
    }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  | {
      kind: "select";
      name: string;
      label: string;
      required?: boolean;
      hint?: string;
      defaultValue?: string;
      options: { value: string; label: string }[];
      placeholder?: string;
    }
  | { kind: "file"; name: string; label: string; required?: boolean; hint?: string; accept?: string }
  /** One choice of a few, as radio buttons under one legend (GOV.UK: radios for up to about five options). */
  | {
      kind: "radios";
      name: string;
      legend: string;
      required?: boolean;
      hint?: string;
      defaultValue?: string;
      options: { value: string; label: string }[];
    }
  /** A group of checkboxes under one legend; `name` is the key its errors are reported under. */
  | {
      kind: "checkboxes";
      name: string;
      legend: string;
      hint?: string;
      items: { name: string; label: string; defaultChecked?: boolean }[];
    }
  | { kind: "hidden"; name: string; value: string };

export interface FormBodyProps {
  state: FormState;
  fields: FieldSpec[];
  submitLabel: string;
  id: string;
  /** Smaller submit button for forms inside tables and lists. */
  compact?: boolean;
  /**
   * For destructive actions: the button first opens a disclosure with this question and the
   * real submit button (works without JavaScript, and keyboard users get a second step).
   */
  confirm?: { question: string; summary: ReactNode };
  /** The action is under way (only with JavaScript). */
  pending?: boolean;
  /** For fields passed as children: the element id each error key links to in the error summary. */
  errorTargets?: Record<string, string>;
  children?: ReactNode;
}

const GENERIC_INVALID = "Bitte prüfen Sie Ihre Eingaben.";

/** The id of the element a field's error links to: the field, or the first choice of a group. */
export function fieldTargetId(field: FieldSpec, id: string): string | null {
  const own = `${id}-${field.name}`;
  if (field.kind === "hidden") return null;
  if (field.kind === "radios") return field.options.length ? `${own}-0` : null;
  if (field.kind === "checkboxes") return field.items.length ? `${own}-${field.items[0]!.name}` : null;
  return own;
}

/** The error summary's entries in the order of the fields; messages for no shown field come last, unlinked. */
function summaryEntries(
  state: FormState,
  fields: FieldSpec[],
  id: string,
  errorTargets: Record<string, string> = {},
): SummaryEntry[] {
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const entries: SummaryEntry[] = [];
  const shown = new Set<string>();
  for (const field of fields) {
    const messages = errors[field.name];
    if (!messages?.length) continue;
    shown.add(field.name);
    const fieldId = fieldTargetId(field, id) ?? undefined;
    for (const message of messages) entries.push({ message, fieldId });
  }
  for (const [name, messages] of Object.entries(errors))
    if (!shown.has(name)) for (const message of messages ?? []) entries.push({ message, fieldId: errorTargets[name] });
  return entries;
}

/**
 * What is inside a form: after an error a GOV.UK error summary (each message a link to its
 * field), a live status region for the outcome, the fields with German messages next to each
 * (aria-invalid, aria-describedby) and the typed values kept after an error, and the submit
 * button (id `<id>-senden`). Rendered by ActionForm (server actions) and by PostForm (pages
 * without JavaScript).
 */
export function FormBody({
  state,
  fields,
  submitLabel,
  id,
  compact = false,
  confirm,
  pending = false,
  errorTargets,
  children,
}: FormBodyProps) {
  const entries = summaryEntries(state, fields, id, errorTargets);
  return (
    <>
      {state.status === "error" && (
        <ErrorSummary
          id={`${id}-fehlerliste`}
          message={entries.length && state.message === GENERIC_INVALID ? undefined : state.message}
          entries={entries}
          attempt={state.done}
        />
      )}
      {children}
      <div role="status" aria-live="polite">
        {state.status === "ok" && <Notice tone="success">{state.message}</Notice>}
        {state.status === "ok" && state.warnings?.length ? (
          <ul className="mt-2 list-disc rounded border border-amber-700 bg-amber-50 p-3 pl-8 text-amber-900">
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {fields.map((field) => (
        <Field key={field.name} field={field} id={`${id}-${field.name}`} state={state} />
      ))}
      {confirm ? (
        // open again after an error: the form is mounted afresh then, and its button must stay at hand
        <details open={state.status === "error" || undefined}>
          <DisclosureSummary small>{confirm.summary}</DisclosureSummary>
          <p className="mt-2 text-sm">{confirm.question}</p>
          <SubmitButton
            id={`${id}-senden`}
            pending={pending}
            label={submitLabel}
            variant="danger"
            size="small"
            className="mt-2"
          />
        </details>
      ) : (
        <SubmitButton
          id={`${id}-senden`}
          pending={pending}
          label={submitLabel}
          variant={compact ? "secondary" : "primary"}
          size={compact ? "small" : "medium"}
        />
      )}
    </>
  );
}

function SubmitButton({
  id,
  pending,
  label,
  ...style
}: { id: string; pending: boolean; label: string; className?: string } & ButtonStyle) {
  return (
    <Button id={id} type="submit" disabled={pending} {...style}>
      {pending ? "Wird gespeichert …" : label}
    </Button>
  );
}

function Field({ field, id, state }: { field: FieldSpec; id: string; state: FormState }) {
  if (field.kind === "hidden") return <input type="hidden" name={field.name} value={field.value} />;
  const errors = state.status === "error" ? state.fieldErrors?.[field.name] : undefined;
  const typed = state.status === "error" ? state.values?.[field.name] : undefined;
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const describedBy =
    [field.hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
  };
  const inputClass = "mt-1 w-full rounded border border-gray-500 px-3 py-2 aria-invalid:border-red-700";
  const required = "required" in field && field.required;

  if (field.kind === "radios") {
    const chosen = state.status === "error" ? (typed ?? "") : (field.defaultValue ?? "");
    return (
      <ChoiceFieldset
        legend={field.legend}
        required={required}
        hint={field.hint}
        ids={{ describedBy, hintId, errorId }}
        errors={errors}
      >
        {field.options.map((option, index) => (
          <li key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              id={`${id}-${index}`}
              name={field.name}
              value={option.value}
              defaultChecked={chosen === option.value}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${index}`}>{option.label}</label>
          </li>
        ))}
      </ChoiceFieldset>
    );
  }
  if (field.kind === "checkboxes") {
    return (
      <ChoiceFieldset legend={field.legend} hint={field.hint} ids={{ describedBy, hintId, errorId }} errors={errors}>
        {field.items.map((item) => (
          <li key={item.name} className="flex items-center gap-2">
            <input
              type="checkbox"
              id={`${id}-${item.name}`}
              name={item.name}
              defaultChecked={state.status === "error" ? state.values?.[item.name] === "on" : item.defaultChecked}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${item.name}`}>{item.label}</label>
          </li>
        ))}
      </ChoiceFieldset>
    );
  }
  if (field.kind === "checkbox") {
    const checked = state.status === "error" ? typed === "on" : field.defaultChecked;
    return (
      <div>
        <div className="flex items-center gap-2">
          <input type="checkbox" {...common} defaultChecked={checked} className="h-5 w-5" />
          <label htmlFor={id}>{field.label}</label>
        </div>
        {field.hint && (
          <p id={hintId} className="text-sm text-muted">
            {field.hint}
          </p>
        )}
        {errors?.length ? (
          <p id={errorId} className="text-sm text-red-800">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {field.label}
        {required && <span className="font-normal text-red-800"> (Pflichtfeld)</span>}
      </label>
      {field.hint && (
        <p id={hintId} className="text-sm text-muted">
          {field.hint}
        </p>
      )}
      {field.kind === "textarea" ? (
        <textarea
          {...common}
          rows={field.rows ?? 4}
          defaultValue={typed ?? field.defaultValue}
          className={inputClass}
        />
      ) : field.kind === "select" ? (
        // A select takes a new defaultValue only when it mounts; ActionForm remounts the form
        // whenever the stored or typed values change (see form-revision.ts).
        <select {...common} defaultValue={typed ?? field.defaultValue ?? ""} className={inputClass}>
          {field.placeholder !== undefined && <option value="">{field.placeholder}</option>}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.kind === "file" ? (
        <input {...common} type="file" accept={field.accept} className={inputClass} />
      ) : (
        <input
          {...common}
          type={field.kind}
          defaultValue={field.kind === "password" ? undefined : (typed ?? field.defaultValue)}
          autoComplete={"autoComplete" in field ? field.autoComplete : undefined}
          min={"min" in field ? field.min : undefined}
          max={"max" in field ? field.max : undefined}
          step={"step" in field ? field.step : undefined}
          className={inputClass}
        />
      )}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A group of radio buttons or checkboxes: fieldset, legend (with "Pflichtfeld"), hint, the items, the message. */
function ChoiceFieldset({
  legend,
  required = false,
  hint,
  ids,
  errors,
  children,
}: {
  legend: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  ids: { describedBy: string | undefined; hintId: string; errorId: string };
  errors: string[] | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset
      aria-describedby={ids.describedBy}
      className={`rounded border p-3 ${errors?.length ? "border-red-700" : "border-gray-300"}`}
    >
      <legend className="px-1 font-semibold">
        {legend}
        {required && <span className="font-normal text-red-800"> (Pflichtfeld)</span>}
      </legend>
      {hint && (
        <p id={ids.hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <ul className="mt-1 space-y-1">{children}</ul>
      {errors?.length ? (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
