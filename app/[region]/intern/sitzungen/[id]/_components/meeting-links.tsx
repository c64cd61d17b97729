import Link from "next/link";

/** The minutes page and, once there is an agenda, the invitation as PDF. */
export function MeetingLinks({ slug, meetingId, hasAgenda }: { slug: string; meetingId: string; hasAgenda: boolean }) {
  return (
    <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
      <li>
        <Link
          href={`/${slug}/intern/sitzungen/${meetingId}/protokoll`}
          className="font-semibold text-brand-700 underline"
        >
          Protokoll
        </Link>
      </li>
      {hasAgenda && (
        <li>
          <a href={`/${slug}/intern/sitzungen/${meetingId}/einladung.pdf`} className="text-brand-700 underline">
            Einladung als PDF
          </a>
        </li>
      )}
    </ul>
  );
}
