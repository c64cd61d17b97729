import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { MINUTES_STATUS_LABEL } from "@/lib/meetings/labels";

type Minutes = Awaited<ReturnType<typeof getMeeting>>["minutes"];

/**
 * Steps "Protokoll" and "Genehmigung": where the minutes stand; writing, circulating and approving
 * happen on the minutes page. `children` is the slot for more of these steps.
 */
export function MinutesSection({
  slug,
  meetingId,
  minutes,
  children,
}: {
  slug: string;
  meetingId: string;
  minutes: Minutes;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="protokoll-stand" className="mt-10">
      <SectionHeading id="protokoll-stand">Protokoll und Genehmigung</SectionHeading>
      <p className="mt-2">
        {minutes ? `Stand: ${MINUTES_STATUS_LABEL[minutes.status]}.` : "Das Protokoll ist noch nicht angelegt."}
      </p>
      {children}
      <p className="mt-1">
        <TextLink strong href={`/${slug}/intern/sitzungen/${meetingId}/protokoll`}>
          Zum Protokoll
        </TextLink>
      </p>
    </section>
  );
}
