import { TextLink } from "@/components/ui/text-link";
import { berlinDateLong as dateFormat } from "@/lib/core/format/berlin-dates";
import type { getMinutes } from "@/lib/meetings/minutes";

type Minutes = NonNullable<Awaited<ReturnType<typeof getMinutes>>["minutes"]>;

/** Where and when approved minutes were approved; a later meeting's TOP is a link to it. */
export function ApprovalNote({ slug, minutes }: { slug: string; minutes: Minutes }) {
  if (minutes.status !== "APPROVED" || !minutes.approvedAt) return null;
  const item = minutes.approvedInItem;
  if (!item) return <>{`, am ${dateFormat.format(minutes.approvedAt)} (${minutes.approvedBy})`}</>;
  return (
    <>
      {" in der "}
      <TextLink href={`/${slug}/intern/sitzungen/${item.meeting.id}`}>
        Sitzung vom {dateFormat.format(item.meeting.startsAt)}, {item.number}
      </TextLink>
      {` („${item.title}“)`}
    </>
  );
}
