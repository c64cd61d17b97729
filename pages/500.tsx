import Link from "next/link";
import { PublicFrame } from "@/components/public/public-page";

// Shown when a public page fails on the server (built once, no JavaScript).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ServerErrorPage() {
  return (
    <PublicFrame user={null} head={{ title: "Fehler", noindex: true }}>
      <div className="max-w-2xl" role="alert">
        <h1 className="text-3xl font-bold text-brand-900">Ein Fehler ist aufgetreten</h1>
        <p className="mt-4 text-lg">
          Die Seite konnte gerade nicht geladen werden. Bitte laden Sie sie in einem Moment neu.
        </p>
        <p className="mt-6">
          <Link href="/" className="text-brand-700 underline">
            Zur Übersicht der Bildungsregionen
          </Link>
        </p>
      </div>
    </PublicFrame>
  );
}
