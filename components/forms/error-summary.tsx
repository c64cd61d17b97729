"use client";

import { useEffect, useRef, type MouseEvent } from "react";

export interface SummaryEntry {
  message: string;
  /** The id of the field the message is about; without it the entry is plain text. */
  fieldId?: string;
}

/**
 * The GOV.UK error summary: at the top of a form with errors, a box that names the problem and
 * lists every message as a link to its field (the messages stay next to the fields too). With
 * JavaScript it takes the focus after a failed submit, and a link focuses its field; without,
 * the links still jump to the fields.
 */
export function ErrorSummary({
  id,
  message,
  entries,
  attempt,
}: {
  id: string;
  message?: string;
  entries: SummaryEntry[];
  /** Changes with every failed submit (a counter, or the new state object), so the focus moves here again. */
  attempt?: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // the label or legend above the field should be visible too
    const caption =
      field.closest("fieldset")?.querySelector("legend") ??
      document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
    (caption ?? field).scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  }
  return (
    <div
      ref={box}
      tabIndex={-1}
      aria-labelledby={`${id}-titel`}
      role="region"
      className="rounded border-4 border-danger-700 p-4"
      data-testid="fehlerliste"
    >
      <h2 id={`${id}-titel`} className="text-lg font-bold text-danger-800">
        Es gibt ein Problem
      </h2>
      {message && <p className="mt-1">{message}</p>}
      {entries.length > 0 && (
        <>
          <p className="mt-2">Bitte korrigieren Sie:</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {entries.map((entry, index) => (
              <li key={`${entry.fieldId ?? "allgemein"}-${index}`}>
                {entry.fieldId ? (
                  <a
                    href={`#${entry.fieldId}`}
                    onClick={(event) => focusField(event, entry.fieldId!)}
                    className="font-semibold text-danger-800 underline"
                  >
                    {entry.message}
                  </a>
                ) : (
                  entry.message
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
