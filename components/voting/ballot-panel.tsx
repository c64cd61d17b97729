"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";
import type { FormState } from "@/lib/core/forms/form-state";
import { describeChoice } from "@/lib/voting/describe-choice";
import { VOTE_LABEL } from "@/lib/voting/labels";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  poll: {
    id: string;
    title: string;
    method: "YES_NO_ABSTAIN" | "APPROVAL" | "POINTS" | "RANKING";
    secrecy: "NAMED" | "SECRET";
    allowChange: boolean;
    maxChoices: number | null;
    totalPoints: number | null;
    maxPointsPerOption: number | null;
  };
  options: { id: string; label: string }[];
  seat: {
    voterId: string;
    asDeputyFor: string | null;
    votedBy: string | null;
    votedMyself: boolean;
    ballot: { choice: Record<string, unknown>; revision: number } | null;
  };
  open: boolean;
}

/** The ballot of one seat: keyboard-operable, every control labelled, the outcome announced. */
export function BallotPanel({ action, poll, options, seat, open }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  const id = `stimmzettel-${seat.voterId}`;
  const canChange = poll.secrecy === "NAMED" && poll.allowChange && seat.votedMyself;
  const showForm = open && (!seat.votedBy || canChange);
  const typed = state.status === "error" ? state.values : undefined;
  const error = state.status === "error" ? (state.fieldErrors?.ballot?.join(" ") ?? null) : null;
  return (
    <section aria-labelledby={`${id}-titel`} className="mt-6 rounded border-2 border-brand-700 p-4">
      <SectionHeading size="medium" id={`${id}-titel`}>
        {seat.asDeputyFor ? `Stimmzettel als Stellvertretung für ${seat.asDeputyFor}` : "Ihr Stimmzettel"}
      </SectionHeading>
      <div role="status" aria-live="polite" className="mt-2">
        {state.status === "ok" && (
          <Notice tone="success" className="font-semibold">
            {state.message}
          </Notice>
        )}
        {state.status === "error" && !error && <Notice tone="error">{state.message}</Notice>}
      </div>
      {seat.votedBy && (
        <p className="mt-2">
          {seat.votedMyself ? "Sie haben abgestimmt." : `Für diesen Sitz hat ${seat.votedBy} abgestimmt.`}
          {seat.ballot && (
            <>
              {" "}
              Ihre Stimme: <strong>{describeChoice(seat.ballot.choice, options)}</strong>.
            </>
          )}
          {poll.secrecy === "SECRET" &&
            seat.votedMyself &&
            " Ihre Stimme ist geheim gespeichert; niemand kann sie Ihnen zuordnen."}
        </p>
      )}
      {seat.asDeputyFor && !seat.votedBy && open && (
        <p className="mt-2 text-sm">
          Es zählt die erste Stimme für diesen Sitz: Stimmt {seat.asDeputyFor} selbst ab, ist Ihre Stimme nicht mehr
          nötig.
        </p>
      )}
      {!open && !seat.votedBy && (
        <p className="mt-2">Die Abstimmung ist geschlossen; für diesen Sitz wurde keine Stimme abgegeben.</p>
      )}
      {showForm && (
        <form
          action={formAction}
          noValidate
          className="mt-3 space-y-4"
          key={`${seat.voterId}-${seat.ballot?.revision ?? 0}`}
        >
          <input type="hidden" name="pollId" value={poll.id} />
          <input type="hidden" name="voterId" value={seat.voterId} />
          {seat.ballot && <input type="hidden" name="revision" value={seat.ballot.revision} />}
          {poll.secrecy === "SECRET" && (
            <p className="text-sm">
              Geheime Abstimmung: Gespeichert wird Ihre Stimme ohne Bezug zu Ihrer Person und ohne Zeitpunkt; getrennt
              davon nur, dass für Ihren Sitz abgestimmt wurde.
            </p>
          )}
          <BallotFields
            id={id}
            poll={poll}
            options={options}
            current={typed ? null : (seat.ballot?.choice ?? null)}
            typed={typed}
            error={error}
          />
          <Button type="submit" disabled={pending}>
            {pending ? "Stimme wird gespeichert …" : seat.votedBy ? "Stimme ändern" : "Stimme abgeben"}
          </Button>
        </form>
      )}
    </section>
  );
}

function BallotFields({
  id,
  poll,
  options,
  current,
  typed,
  error,
}: {
  id: string;
  poll: Props["poll"];
  options: Props["options"];
  current: Record<string, unknown> | null;
  typed: Record<string, string> | undefined;
  error: string | null;
}) {
  const errorId = `${id}-fehler`;
  const described = error ? errorId : undefined;
  const errorText = error ? (
    <p id={errorId} className="text-red-800 font-semibold">
      {error}
    </p>
  ) : null;
  const fieldset = "rounded border border-gray-400 p-3";
  const legend = "px-1 font-semibold";
  if (poll.method === "YES_NO_ABSTAIN") {
    const chosen = typed?.vote ?? (current?.vote as string | undefined);
    return (
      <fieldset className={fieldset} aria-describedby={described}>
        <legend className={legend}>Ihre Stimme zu dieser Vorlage</legend>
        {errorText}
        <div className="mt-2 flex flex-wrap gap-3">
          {(["YES", "NO", "ABSTAIN"] as const).map((v) => (
            <label
              key={v}
              className="flex min-w-32 cursor-pointer items-center gap-3 rounded border border-gray-500 px-4 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="vote" value={v} defaultChecked={chosen === v} className="h-5 w-5" />
              {VOTE_LABEL[v]}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (poll.method === "APPROVAL") {
    const approved = new Set(
      typed
        ? Object.keys(typed)
            .filter((k) => k.startsWith("approve:"))
            .map((k) => k.slice(8))
        : ((current?.approve as string[] | undefined) ?? []),
    );
    const k = poll.maxChoices ?? options.length;
    return (
      <fieldset className={fieldset} aria-describedby={described}>
        <legend className={legend}>Wählen Sie bis zu {k === 1 ? "eine Option" : `${k} Optionen`}</legend>
        {errorText}
        <ul className="mt-2 space-y-2">
          {options.map((o) => (
            <li key={o.id}>
              <label className="flex cursor-pointer items-center gap-3">
                <input
                  type="checkbox"
                  name={`approve:${o.id}`}
                  defaultChecked={approved.has(o.id)}
                  className="h-5 w-5"
                />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">Keine Option anzukreuzen ist eine gültige Enthaltung.</p>
      </fieldset>
    );
  }
  if (poll.method === "POINTS")
    return (
      <PointsFields
        id={id}
        poll={poll}
        options={options}
        current={current}
        typed={typed}
        errorText={errorText}
        described={described}
      />
    );
  const place = new Map(
    ((current?.order as string[] | undefined) ?? []).map((optionId, i) => [optionId, String(i + 1)]),
  );
  return (
    <fieldset className={fieldset} aria-describedby={described}>
      <legend className={legend}>Ordnen Sie die Optionen: Platz 1 ist Ihre erste Wahl</legend>
      {errorText}
      <p className="text-sm">Vergeben Sie jeden Platz von 1 bis {options.length} genau einmal.</p>
      <ul className="mt-2 space-y-2">
        {options.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center gap-3">
            {/* keyed by the typed value, so React's form reset after the action keeps it */}
            <select
              key={typed?.[`rank:${o.id}`] ?? "vorgabe"}
              id={`${id}-platz-${o.id}`}
              name={`rank:${o.id}`}
              defaultValue={typed?.[`rank:${o.id}`] ?? place.get(o.id) ?? ""}
              className="rounded border border-gray-500 px-2 py-1"
            >
              <option value="">Platz …</option>
              {options.map((_, i) => (
                <option key={i} value={String(i + 1)}>
                  Platz {i + 1}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-platz-${o.id}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function PointsFields({
  id,
  poll,
  options,
  current,
  typed,
  errorText,
  described,
}: {
  id: string;
  poll: Props["poll"];
  options: Props["options"];
  current: Record<string, unknown> | null;
  typed: Record<string, string> | undefined;
  errorText: React.ReactNode;
  described: string | undefined;
}) {
  const given = (current?.points as Record<string, number> | undefined) ?? {};
  const initial = Object.fromEntries(
    options.map((o) => [o.id, typed?.[`points:${o.id}`] ?? (given[o.id] ? String(given[o.id]) : "")]),
  );
  // Uncontrolled inputs: points typed before hydration are kept; the sum follows every input.
  const [used, setUsed] = useState(() =>
    Object.values(initial).reduce((sum, v) => sum + (/^\d+$/.test(v) ? Number(v) : 0), 0),
  );
  const total = poll.totalPoints ?? 0;
  const recount = (fieldset: HTMLFieldSetElement) =>
    setUsed(
      [...fieldset.querySelectorAll("input")].reduce(
        (sum, input) => sum + (/^\d+$/.test(input.value) ? Number(input.value) : 0),
        0,
      ),
    );
  return (
    <fieldset
      className="rounded border border-gray-400 p-3"
      aria-describedby={[`${id}-rest`, described].filter(Boolean).join(" ")}
      onInput={(e) => recount(e.currentTarget)}
    >
      <legend className="px-1 font-semibold">
        Verteilen Sie bis zu {total} Punkte
        {poll.maxPointsPerOption ? `, höchstens ${poll.maxPointsPerOption} je Option` : ""}
      </legend>
      {errorText}
      <ul className="mt-2 space-y-2">
        {options.map((o) => (
          <li key={o.id} className="flex flex-wrap items-center gap-3">
            <input
              id={`${id}-punkte-${o.id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={poll.maxPointsPerOption ?? total}
              name={`points:${o.id}`}
              defaultValue={initial[o.id]}
              className="w-20 rounded border border-gray-500 px-2 py-1"
            />
            <label htmlFor={`${id}-punkte-${o.id}`}>{o.label}</label>
          </li>
        ))}
      </ul>
      <p
        id={`${id}-rest`}
        className={`mt-2 text-sm ${used > total ? "font-semibold text-red-800" : ""}`}
        aria-live="polite"
      >
        {used > total
          ? `${used - total === 1 ? "1 Punkt" : `${used - total} Punkte`} zu viel vergeben.`
          : `Vergeben: ${used} von ${total} Punkten.`}
      </p>
    </fieldset>
  );
}
