import type { Metadata } from "next";
import Link from "next/link";
import { PublicMeetings } from "@/components/meetings/public-meetings";
import { listPublicMeetings } from "@/lib/meetings/list-public-meetings";
import { requirePublicRegion } from "@/lib/tenancy/require-region";

type Props = { params: Promise<{ region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await requirePublicRegion((await params).region);
  return { title: `Termine – ${region.name}` };
}

export default async function DatesPage({ params }: Props) {
  const region = await requirePublicRegion((await params).region);
  const { upcoming, past } = await listPublicMeetings(region.id);
  return (
    <>
      <p className="text-sm"><Link href={`/${region.slug}`} className="text-brand-700 underline">Bildungsnetzwerk {region.name}</Link></p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">Termine</h1>
      <section aria-labelledby="kommende" className="mt-6">
        <h2 id="kommende" className="text-2xl font-semibold text-brand-800">Kommende öffentliche Sitzungen</h2>
        <PublicMeetings meetings={upcoming} showBody empty="Derzeit sind keine öffentlichen Sitzungen geplant." />
      </section>
      <section aria-labelledby="vergangene" className="mt-8">
        <h2 id="vergangene" className="text-2xl font-semibold text-brand-800">Vergangene öffentliche Sitzungen</h2>
        <PublicMeetings meetings={past} showBody empty="Noch keine vergangenen öffentlichen Sitzungen." />
      </section>
    </>
  );
}
