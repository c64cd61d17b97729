"use client";

import { useActionState, useRef, useState, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/core/forms/form-state";
import { SEAT_ATTENDANCE_LABEL, type SeatStatus } from "@/lib/meetings/labels";

export interface SeatRow {
  membershipId: string;
  name: string;
  category: string;
  isVotingSeat: boolean;
  status: SeatStatus | null;
  representedBy: { membershipId: string; name: string } | null;
  deputies: { membershipId: string; name: string }[];
}

const CHOICES = [...(Object.entries(SEAT_ATTENDANCE_LABEL) as [SeatStatus, string][]), ["", "nicht erfasst"]] as const;

// Below the sm breakpoint the table is a list of stacked rows: every cell on its own line,
// named by its column (a visible label for sighted readers; screen readers keep the table's
// own headers), so nothing scrolls sideways at 320 px.
const STACK =
  "max-sm:block max-sm:[&_tbody]:block max-sm:[&_tr]:block max-sm:[&_td]:block max-sm:[&_th]:block max-sm:[&_thead]:sr-only";

function PhoneLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="font-semibold sm:hidden">
      {children}:{" "}
    </span>
  );
}

/**
 * The attendance of a meeting as one table: a row per seat with radio buttons for its status
 * and, for "vertreten", the deputy who stood in. "Alle anwesend" marks every row present (with
 * JavaScript, before saving; without, it saves every seat as present). After a save the page
 * re-renders with the stored attendance and a new `revision`, the form is keyed on it and so
 * shows what was saved; the revision also goes with the next save, which the use case refuses
 * if someone else saved in between.
 */
export function AttendanceTable({
  action,
  meetingId,
  revision,
  seats,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  meetingId: string;
  revision: string;
  seats: SeatRow[];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  const [marked, setMarked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const typed = state.status === "error" ? state.values : undefined;

  function markAllPresent(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    for (const radio of form.current?.querySelectorAll<HTMLInputElement>('input[type="radio"][value="PRESENT"]') ?? [])
      radio.checked = true;
    setMarked(true);
  }

  return (
    <form
      ref={form}
      key={revision}
      action={formAction}
      noValidate
      aria-labelledby="anwesenheit-erfassen"
      className="mt-4 space-y-4"
      onChange={() => setMarked(false)}
    >
      <div role="status" aria-live="polite">
        {state.status === "ok" && <Notice tone="success">{state.message}</Notice>}
        {state.status === "error" && <Notice tone="error">{state.message}</Notice>}
        {marked && state.status !== "ok" && (
          <p className="text-sm">Alle Sitze sind auf „anwesend“ gesetzt – noch nicht gespeichert.</p>
        )}
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="revision" value={revision} />
      <p>
        <Button type="submit" name="alle" value="PRESENT" variant="secondary" onClick={markAllPresent}>
          Alle anwesend
        </Button>
      </p>
      <table className={`w-full text-left text-sm ${STACK}`}>
        <caption className="text-left font-semibold max-sm:block">Anwesenheit je Sitz</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-cell-sm pr-3">
              Mitglied
            </th>
            <th scope="col" className="py-cell-sm pr-3">
              Sitzkategorie
            </th>
            <th scope="col" className="py-cell-sm pr-3">
              Stimmrecht
            </th>
            <th scope="col" className="py-cell-sm pr-3">
              Anwesenheit
            </th>
            <th scope="col" className="py-cell-sm">
              Vertreten durch
            </th>
          </tr>
        </thead>
        <tbody>
          {seats.map((seat) => (
            <SeatRowView key={seat.membershipId} seat={seat} typed={typed} errors={state.fieldErrors} />
          ))}
        </tbody>
      </table>
      <Button type="submit" disabled={pending}>
        {pending ? "Wird gespeichert …" : "Anwesenheit speichern"}
      </Button>
    </form>
  );
}

function SeatRowView({
  seat,
  typed,
  errors,
}: {
  seat: SeatRow;
  typed: Record<string, string> | undefined;
  errors: Record<string, string[] | undefined> | undefined;
}) {
  const id = seat.membershipId;
  const rowHeader = `sitz-${id}`;
  const checked = typed ? (typed[`seat:${id}`] ?? "") : (seat.status ?? "");
  const deputy =
    typed?.[`deputy:${id}`] ??
    seat.representedBy?.membershipId ??
    (seat.deputies.length === 1 ? seat.deputies[0]!.membershipId : "");
  const seatErrors = errors?.[`seat:${id}`];
  const deputyErrors = errors?.[`deputy:${id}`];
  return (
    <tr className="border-b border-gray-200 align-top">
      <th scope="row" id={rowHeader} className="pt-cell pr-3 font-semibold sm:py-cell">
        {seat.name}
      </th>
      <td className="pr-3 sm:py-cell">
        <PhoneLabel>Sitzkategorie</PhoneLabel>
        {seat.category}
      </td>
      <td className="pr-3 sm:py-cell">
        <PhoneLabel>Stimmrecht</PhoneLabel>
        {seat.isVotingSeat ? "ja" : "nein"}
      </td>
      <td className="py-1 pr-3 sm:py-cell">
        <fieldset aria-describedby={seatErrors?.length ? `${rowHeader}-fehler` : undefined}>
          <legend className="sr-only">Anwesenheit von {seat.name}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {CHOICES.filter(([value]) => value !== "REPRESENTED" || seat.deputies.length > 0).map(([value, label]) => (
              <label key={value} className="flex items-center gap-1 whitespace-nowrap">
                <input
                  type="radio"
                  name={`seat:${id}`}
                  value={value}
                  defaultChecked={checked === value}
                  className="h-5 w-5"
                />
                {label}
              </label>
            ))}
          </div>
          {seatErrors?.length ? (
            <p id={`${rowHeader}-fehler`} className="mt-1 text-red-800">
              {seatErrors.join(" ")}
            </p>
          ) : null}
        </fieldset>
      </td>
      <td className="pb-cell sm:py-cell">
        {seat.deputies.length === 0 ? (
          <span className="text-muted">
            <PhoneLabel>Vertreten durch</PhoneLabel>keine Stellvertretung benannt
          </span>
        ) : (
          <>
            <label htmlFor={`vertretung-${id}`} className="block max-sm:font-semibold sm:sr-only">
              Stellvertretung für {seat.name}
            </label>
            <select
              id={`vertretung-${id}`}
              name={`deputy:${id}`}
              key={deputy}
              defaultValue={deputy}
              aria-invalid={deputyErrors?.length ? true : undefined}
              aria-describedby={deputyErrors?.length ? `vertretung-${id}-fehler` : undefined}
              className="mt-1 max-w-full rounded border border-gray-500 px-2 py-1 aria-invalid:border-red-700"
            >
              <option value="">— bitte wählen —</option>
              {seat.deputies.map((d) => (
                <option key={d.membershipId} value={d.membershipId}>
                  {d.name}
                </option>
              ))}
            </select>
            {deputyErrors?.length ? (
              <p id={`vertretung-${id}-fehler`} className="mt-1 text-red-800">
                {deputyErrors.join(" ")}
              </p>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}
