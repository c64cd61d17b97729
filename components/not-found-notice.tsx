import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor } from "@/components/ui/text-link";

export function NotFoundNotice() {
  return (
    <div className="max-w-2xl">
      <PageTitle>Seite nicht gefunden</PageTitle>
      <p className="mt-4 text-lg">
        Die aufgerufene Seite gibt es nicht, oder Sie haben keinen Zugriff darauf. Bitte prüfen Sie die Adresse.
      </p>
      <p className="mt-6">
        <TextAnchor href="/">Zur Übersicht der Bildungsregionen</TextAnchor>
      </p>
    </div>
  );
}
