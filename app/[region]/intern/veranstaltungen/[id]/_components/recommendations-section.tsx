import Link from "next/link";
import type { getEventAdmin } from "@/lib/events/manage-events";

type Recommendation = Awaited<ReturnType<typeof getEventAdmin>>["event"]["recommendations"][number];

export function RecommendationsSection({ slug, recommendations }: { slug: string; recommendations: Recommendation[] }) {
  return (
    <section aria-labelledby="empfehlungen" className="mt-8">
      <h2 id="empfehlungen" className="text-xl font-semibold text-brand-800">
        Empfehlungen aus dieser Veranstaltung
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {recommendations.map((r) => (
          <li key={r.id}>
            <Link href={`/${slug}/intern/empfehlungen/${r.id}`} className="text-brand-700 underline">
              {r.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
