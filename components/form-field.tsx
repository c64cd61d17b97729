import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled input with its German error messages next to it (aria-invalid, aria-describedby). */
export function FormField({ label, name, errors, hint, id = `feld-${name}`, ...input }: Props) {
  const errorId = `${id}-fehler`;
  const hintId = `${id}-hinweis`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {input.required && <span className="text-red-800"> (Pflichtfeld)</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-500 px-3 py-2 aria-invalid:border-red-700"
        {...input}
      />
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
