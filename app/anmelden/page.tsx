import type { Metadata } from "next";
import { LoginForm } from "@/components/login-form";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "Anmelden" };

type Props = { searchParams: Promise<{ weiter?: string; abgemeldet?: string; passwort?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { weiter, abgemeldet, passwort } = await searchParams;
  return (
    <>
      <PageTitle>Anmelden</PageTitle>
      {abgemeldet && (
        <Notice tone="success" role="status" className="mt-4">
          Sie wurden abgemeldet.
        </Notice>
      )}
      {passwort === "gesetzt" && (
        <Notice tone="success" role="status" className="mt-4">
          Ihr Passwort ist gesetzt. Bitte melden Sie sich an.
        </Notice>
      )}
      <p className="mt-4 max-w-xl">
        Für Mitglieder der Gremien, das Bildungsbüro und Bildungspartner*innen. Ihren Zugang erhalten Sie vom
        Bildungsbüro Ihrer Region.
      </p>
      <LoginForm returnTo={safeReturnPath(weiter)} />
    </>
  );
}
