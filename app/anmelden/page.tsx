import type { Metadata } from "next";
import { LoginForm } from "@/components/login-form";
import { PageTitle } from "@/components/ui/page-title";
import { safeReturnPath } from "@/lib/auth/log-in";

export const metadata: Metadata = { title: "Anmelden" };

type Props = { searchParams: Promise<{ weiter?: string; abgemeldet?: string; passwort?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { weiter, abgemeldet, passwort } = await searchParams;
  return (
    <>
      <PageTitle>Anmelden</PageTitle>
      {abgemeldet && (
        <p role="status" className="mt-4 rounded border border-brand-700 bg-brand-50 p-3">
          Sie wurden abgemeldet.
        </p>
      )}
      {passwort === "gesetzt" && (
        <p role="status" className="mt-4 rounded border border-brand-700 bg-brand-50 p-3">
          Ihr Passwort ist gesetzt. Bitte melden Sie sich an.
        </p>
      )}
      <p className="mt-4 max-w-xl">
        Für Mitglieder der Gremien, das Bildungsbüro und Bildungspartner*innen. Ihren Zugang erhalten Sie vom
        Bildungsbüro Ihrer Region.
      </p>
      <LoginForm returnTo={safeReturnPath(weiter)} />
    </>
  );
}
