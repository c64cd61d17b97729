import { TextAnchor, TextLink } from "@/components/ui/text-link";

/** The minutes page and, once there is an agenda, the invitation as PDF. */
export function MeetingLinks({ slug, meetingId, hasAgenda }: { slug: string; meetingId: string; hasAgenda: boolean }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
      <li>
        <TextLink strong href={`/${slug}/intern/sitzungen/${meetingId}/protokoll`}>
          Protokoll
        </TextLink>
      </li>
      {hasAgenda && (
        <li>
          <TextAnchor href={`/${slug}/intern/sitzungen/${meetingId}/einladung.pdf`}>Einladung als PDF</TextAnchor>
        </li>
      )}
    </ul>
  );
}
