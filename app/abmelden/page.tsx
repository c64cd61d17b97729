import type { Metadata } from "next";
import Link from "next/link";
import { LogoutButton } from "@/components/logout-button";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Abmelden" };

// Logging out changes state, so it needs a button (POST), never a plain link (GET).
export default async function LogoutPage() {
  const user = await getCurrentUser();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Abmelden</h1>
      {user ? (
        <>
          <p className="mt-4">Sie sind als {user.name} angemeldet. Möchten Sie sich abmelden?</p>
          <div className="mt-6">
            <LogoutButton className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800" />
          </div>
        </>
      ) : (
        <p className="mt-4">
          Sie sind nicht angemeldet.{" "}
          <Link href="/anmelden" className="text-brand-700 underline">
            Zur Anmeldung
          </Link>
        </p>
      )}
    </>
  );
}
