import { TextLink } from "@/components/ui/text-link";
import { berlinDateLong } from "@/lib/core/format/berlin-dates";

/** On a TOP "Genehmigung des Protokolls …": links to the minutes approved under it. */
export function ApprovedMinutesLinks({
  slug,
  minutes,
}: {
  slug: string;
  minutes: { id: string; meeting: { id: string; title: string; startsAt: Date } }[];
}) {
  return minutes.map((m) => (
    <p key={m.id} className="mt-1 text-sm">
      Unter diesem TOP genehmigt:{" "}
      <TextLink href={`/${slug}/intern/sitzungen/${m.meeting.id}/protokoll`}>
        Protokoll der Sitzung vom {berlinDateLong.format(m.meeting.startsAt)} ({m.meeting.title})
      </TextLink>
    </p>
  ));
}
