import { TextLink } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { POLL_STATUS_LABEL } from "@/lib/voting/labels";

type AgendaItem = Awaited<ReturnType<typeof getMeeting>>["agenda"][number];

/** The polls on a TOP; with `canManage` a link to prepare one while none is in draft. */
export function AgendaPolls({
  slug,
  item,
  canManage,
}: {
  slug: string;
  item: Pick<AgendaItem, "id" | "number" | "polls">;
  canManage: boolean;
}) {
  return (
    <p className="mt-2 text-sm">
      {item.polls.map((p) => (
        <span key={p.id} className="mr-3">
          Abstimmung: <TextLink href={`/${slug}/intern/abstimmungen/${p.id}`}>{p.title}</TextLink> (
          {POLL_STATUS_LABEL[p.status]})
        </span>
      ))}
      {canManage && !item.polls.some((p) => p.status === "DRAFT") && (
        <TextLink href={`/${slug}/intern/abstimmungen?top=${item.id}#neu`}>
          Abstimmung zu {item.number} vorbereiten
        </TextLink>
      )}
    </p>
  );
}
