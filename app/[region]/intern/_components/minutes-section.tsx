import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";

/** Circulated minutes: for members to review, for the office awaiting approval. */
export function MinutesSection({
  slug,
  isOffice,
  minutes,
}: {
  slug: string;
  isOffice: boolean;
  minutes: Dashboard["minutesToReview"];
}) {
  if (minutes.length === 0) return null;
  return (
    <section aria-labelledby="protokolle" className="mt-8">
      <SectionHeading id="protokolle">
        {isOffice ? "Protokolle zur Genehmigung" : "Protokolle zur Durchsicht"}
      </SectionHeading>
      <ul className="mt-3 list-disc pl-6">
        {minutes.map((m) => (
          <li key={m.id}>
            <TextLink href={`/${slug}/intern/sitzungen/${m.meeting.id}/protokoll`}>{m.meeting.title}</TextLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
