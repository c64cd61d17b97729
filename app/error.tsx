"use client";

import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
