"use client";

import { PageTitle } from "@/components/ui/page-title";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-2xl" role="alert">
      <PageTitle>Ein Fehler ist aufgetreten</PageTitle>
      <p className="mt-4 text-lg">
        Die Seite konnte gerade nicht geladen werden. Ihre Daten sind nicht verloren. Bitte versuchen Sie es erneut.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        Erneut versuchen
      </button>
    </div>
  );
}
