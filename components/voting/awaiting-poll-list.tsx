import { DateTime } from "@/components/ui/date-time";
import { TextLink } from "@/components/ui/text-link";

/** Polls waiting for the person's vote: title (link), body, closing time (dashboard and poll list). */
export function AwaitingPollList({
  slug,
  polls,
}: {
  slug: string;
  polls: { id: string; title: string; body: { name: string }; closesAt: Date | null }[];
}) {
  return (
    <ul className="mt-2 space-y-2">
      {polls.map((p) => (
        <li key={p.id}>
          <TextLink strong href={`/${slug}/intern/abstimmungen/${p.id}`}>
            {p.title}
          </TextLink>{" "}
          – {p.body.name}
          {p.closesAt && (
            <>
              , bis <DateTime value={p.closesAt} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
