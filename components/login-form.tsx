"use client";

import { useActionState } from "react";
import { loginAction, type LoginState } from "@/app/anmelden/actions";
import { FormField } from "./form-field";

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, { values: { email: "" } });
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md space-y-5">
      <div aria-live="polite" role="status">
        {state.message && (
          <p className="rounded border border-red-700 bg-red-50 p-3 text-red-800" id="anmelden-fehler">
            {state.message}
          </p>
        )}
      </div>
      {returnTo && <input type="hidden" name="weiter" value={returnTo} />}
      <FormField
        label="E-Mail-Adresse"
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={state.values.email}
        errors={state.fieldErrors?.email}
        required
      />
      <FormField
        label="Passwort"
        name="password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
        required
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Anmeldung läuft …" : "Anmelden"}
      </button>
    </form>
  );
}
