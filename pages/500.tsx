import { PublicFrame } from "@/components/public/public-page";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

// Shown when a public page fails on the server (built once, no JavaScript).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ServerErrorPage() {
  return (
    <PublicFrame user={null} head={{ title: "Fehler", noindex: true }}>
      <div className="max-w-2xl" role="alert">
        <PageTitle>Ein Fehler ist aufgetreten</PageTitle>
        <p className="mt-4 text-lg">
          Die Seite konnte gerade nicht geladen werden. Bitte laden Sie sie in einem Moment neu.
        </p>
        <p className="mt-6">
          <TextLink href="/">Zur Übersicht der Bildungsregionen</TextLink>
        </p>
      </div>
    </PublicFrame>
  );
}
