import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { isTokenUsable, LINK_INVALID } from "@/lib/users/set-password";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Passwort festlegen" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const usable = await isTokenUsable(token);
  return (
    <>
      <PageTitle id="passwort-titel">Passwort festlegen</PageTitle>
      {usable ? (
        <div className="mt-6 max-w-md">
          <ActionForm
            id="passwort"
            labelledBy="passwort-titel"
            action={setPasswordAction}
            submitLabel="Passwort speichern"
            fields={[
              { kind: "hidden", name: "token", value: token },
              {
                kind: "password",
                name: "password",
                label: "Neues Passwort",
                required: true,
                hint: "Mindestens 10 Zeichen.",
                autoComplete: "new-password",
              },
              {
                kind: "password",
                name: "passwordRepeat",
                label: "Passwort wiederholen",
                required: true,
                autoComplete: "new-password",
              },
            ]}
          />
        </div>
      ) : (
        <Notice tone="error" className="mt-4 max-w-xl">
          {LINK_INVALID}
        </Notice>
      )}
    </>
  );
}
