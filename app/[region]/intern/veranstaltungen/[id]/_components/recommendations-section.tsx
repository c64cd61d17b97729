import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { getEventAdmin } from "@/lib/events/manage-events";

type Recommendation = Awaited<ReturnType<typeof getEventAdmin>>["event"]["recommendations"][number];

export function RecommendationsSection({ slug, recommendations }: { slug: string; recommendations: Recommendation[] }) {
  return (
    <section aria-labelledby="empfehlungen" className="mt-8">
      <SectionHeading size="medium" id="empfehlungen">
        Empfehlungen aus dieser Veranstaltung
      </SectionHeading>
      <ul className="mt-2 list-disc pl-6">
        {recommendations.map((r) => (
          <li key={r.id}>
            <TextLink href={`/${slug}/intern/empfehlungen/${r.id}`}>{r.title}</TextLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
