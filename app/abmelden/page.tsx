import type { Metadata } from "next";
import { LogoutButton } from "@/components/logout-button";
import { buttonClass } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Abmelden" };

// Logging out changes state, so it needs a button (POST), never a plain link (GET).
export default async function LogoutPage() {
  const user = await getCurrentUser();
  return (
    <>
      <PageTitle>Abmelden</PageTitle>
      {user ? (
        <>
          <p className="mt-4">Sie sind als {user.name} angemeldet. Möchten Sie sich abmelden?</p>
          <div className="mt-6">
            <LogoutButton className={buttonClass({ size: "large" })} />
          </div>
        </>
      ) : (
        <p className="mt-4">
          Sie sind nicht angemeldet. <TextLink href="/anmelden">Zur Anmeldung</TextLink>
        </p>
      )}
    </>
  );
}
