import { DateTime } from "@/components/ui/date-time";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** The next meetings the person may see; the office is pointed to planning one when none is ahead. */
export function MeetingsSection({
  slug,
  isOffice,
  meetings,
}: {
  slug: string;
  isOffice: boolean;
  meetings: Dashboard["meetings"];
}) {
  return (
    <section aria-labelledby="naechste-sitzungen" className="mt-8">
      <SectionHeading id="naechste-sitzungen">
        {isOffice ? "Nächste Sitzungen" : "Nächste Sitzungen Ihrer Gremien"}
      </SectionHeading>
      {meetings.length === 0 ? (
        <p className="mt-3">
          Keine anstehenden Sitzungen.
          {isOffice && (
            <>
              {" "}
              <TextLink href={`/${slug}/intern/sitzungen#sitzung-neu`}>Eine Sitzung planen</TextLink>
            </>
          )}
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="rounded border border-brand-100 p-3 [overflow-wrap:anywhere]">
              <TextLink strong href={`/${slug}/intern/sitzungen/${meeting.id}`} className="block">
                {meeting.title}
              </TextLink>
              <span className="block text-sm">
                {meeting.body.name} · <DateTime value={meeting.startsAt} />
                {meeting.location && <> · {meeting.location}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
