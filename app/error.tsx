"use client";

import { DatabaseUnavailableNotice } from "@/components/database-unavailable-notice";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/http/outage-digest";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // the message is withheld in production, the digest is not (lib/core/db/outage.ts)
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) return <DatabaseUnavailableNotice />;
  return (
    <div className="max-w-2xl" role="alert">
      <PageTitle>Ein Fehler ist aufgetreten</PageTitle>
      <p className="mt-4 text-lg">
        Die Seite konnte gerade nicht geladen werden. Ihre Daten sind nicht verloren. Bitte versuchen Sie es erneut.
      </p>
      <Button type="button" onClick={reset} className="mt-6">
        Erneut versuchen
      </Button>
    </div>
  );
}
