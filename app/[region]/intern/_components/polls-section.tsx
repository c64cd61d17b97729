import { AwaitingPollList } from "@/components/voting/awaiting-poll-list";
import { SectionHeading } from "@/components/ui/section-heading";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** Open votes of the person, highlighted; nothing when none waits. */
export function PollsSection({ slug, polls }: { slug: string; polls: Dashboard["polls"] }) {
  if (polls.length === 0) return null;
  return (
    <section aria-labelledby="offene-abstimmungen" className="mt-8 rounded border-2 border-brand-700 p-4">
      <SectionHeading id="offene-abstimmungen">Ihre Stimme wird erwartet</SectionHeading>
      <AwaitingPollList slug={slug} polls={polls} />
    </section>
  );
}
