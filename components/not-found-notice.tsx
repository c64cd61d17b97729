export function NotFoundNotice() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-900">Seite nicht gefunden</h1>
      <p className="mt-4 text-lg">
        Die aufgerufene Seite gibt es nicht, oder Sie haben keinen Zugriff darauf. Bitte prüfen Sie die Adresse.
      </p>
      <p className="mt-6">
        <a href="/" className="text-brand-700 underline">
          Zur Übersicht der Bildungsregionen
        </a>
      </p>
    </div>
  );
}
