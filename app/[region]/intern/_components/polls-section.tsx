import { DateTime } from "@/components/ui/date-time";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** Open votes of the person, highlighted; nothing when none waits. */
export function PollsSection({ slug, polls }: { slug: string; polls: Dashboard["polls"] }) {
  if (polls.length === 0) return null;
  return (
    <section aria-labelledby="offene-abstimmungen" className="mt-8 rounded border-2 border-brand-700 p-4">
      <SectionHeading id="offene-abstimmungen">Ihre Stimme wird erwartet</SectionHeading>
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
    </section>
  );
}
