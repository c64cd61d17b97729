"use client";

import { useActionState } from "react";
import { loginAction, type LoginState } from "@/app/anmelden/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "./forms/error-summary";
import { FormField } from "./form-field";

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, { values: { email: "" } });
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md space-y-5">
      {state.message && (
        <ErrorSummary
          id="anmelden-fehlerliste"
          message={state.message}
          attempt={state}
          entries={[
            ...(state.fieldErrors?.email ?? []).map((message) => ({ message, fieldId: "feld-email" })),
            ...(state.fieldErrors?.password ?? []).map((message) => ({ message, fieldId: "feld-password" })),
          ]}
        />
      )}
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
      <Button type="submit" size="large" disabled={pending}>
        {pending ? "Anmeldung läuft …" : "Anmelden"}
      </Button>
    </form>
  );
}
