import Link from "next/link";

/** The public page, the lists for the day, and recording recommendations. */
export function EventLinks({ slug, eventId, isPublic }: { slug: string; eventId: string; isPublic: boolean }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
      {isPublic && (
        <a href={`/${slug}/veranstaltungen/${eventId}`} className="text-brand-700 underline">
          Öffentliche Seite mit Anmeldeformular
        </a>
      )}
      <a href={`/${slug}/intern/veranstaltungen/${eventId}/teilnehmende.csv`} className="text-brand-700 underline">
        Teilnahmeliste (CSV)
      </a>
      <a href={`/${slug}/intern/veranstaltungen/${eventId}/namensschilder.pdf`} className="text-brand-700 underline">
        Namensschilder und Unterschriftenliste (PDF)
      </a>
      <Link href={`/${slug}/intern/empfehlungen`} className="text-brand-700 underline">
        Empfehlungen erfassen
      </Link>
    </p>
  );
}
