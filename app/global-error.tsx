"use client";

import { DatabaseUnavailableNotice } from "@/components/database-unavailable-notice";
import { PageTitle } from "@/components/ui/page-title";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/http/outage-digest";
import "./globals.css";

/**
 * When the root layout itself fails — it reads the logged-in user, so during a database
 * outage every page with a session ends here. It replaces the root layout: own <html>.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de">
      <body className="font-sans antialiased">
        <title>
          {error.digest === DATABASE_UNAVAILABLE_DIGEST
            ? "Datenbank nicht erreichbar – Bildungsnetz NRW"
            : "Fehler – Bildungsnetz NRW"}
        </title>
        <main className="mx-auto max-w-5xl px-4 py-8">
          {error.digest === DATABASE_UNAVAILABLE_DIGEST ? (
            <DatabaseUnavailableNotice />
          ) : (
            <div className="max-w-2xl" role="alert">
              <PageTitle>Ein Fehler ist aufgetreten</PageTitle>
              <p className="mt-4 text-lg">
                Die Seite konnte gerade nicht geladen werden. Ihre Daten sind nicht verloren. Bitte laden Sie die Seite
                in einem Moment neu.
              </p>
            </div>
          )}
        </main>
      </body>
    </html>
  );
}
