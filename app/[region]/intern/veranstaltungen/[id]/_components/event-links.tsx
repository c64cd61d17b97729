import { TextAnchor, TextLink } from "@/components/ui/text-link";

/** The public page, the lists for the day, and recording recommendations. */
export function EventLinks({ slug, eventId, isPublic }: { slug: string; eventId: string; isPublic: boolean }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
      {isPublic && (
        <TextAnchor href={`/${slug}/veranstaltungen/${eventId}`}>Öffentliche Seite mit Anmeldeformular</TextAnchor>
      )}
      <TextAnchor href={`/${slug}/intern/veranstaltungen/${eventId}/teilnehmende.csv`}>Teilnahmeliste (CSV)</TextAnchor>
      <TextAnchor href={`/${slug}/intern/veranstaltungen/${eventId}/namensschilder.pdf`}>
        Namensschilder und Unterschriftenliste (PDF)
      </TextAnchor>
      <TextLink href={`/${slug}/intern/empfehlungen`}>Empfehlungen erfassen</TextLink>
    </p>
  );
}
