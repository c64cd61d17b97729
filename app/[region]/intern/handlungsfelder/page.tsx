import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { canSeeLoop } from "@/lib/recommendations/recommendations";
import { getRegionHome } from "@/lib/regions/get-region-home";
import { requireRegion } from "@/lib/tenancy/require-region";

export const metadata: Metadata = { title: "Handlungsfelder" };

export default async function FieldsOfActionPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view");
  if (!canSeeLoop(context.actor)) notFound();
  const { fieldsOfAction } = await getRegionHome(context.region.id);
  return (
    <>
      <PageTitle>Handlungsfelder</PageTitle>
      <p className="mt-2 max-w-3xl">
        Je Handlungsfeld: Ziele, Empfehlungen, Beschlüsse, Aufträge mit Ampel und die Projekte und Angebote, die daraus
        entstanden sind.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        {fieldsOfAction.map((f) => (
          <li key={f.id}>
            <TextLink href={`/${slug}/intern/handlungsfelder/${f.slug}`}>{f.name}</TextLink>
          </li>
        ))}
      </ul>
    </>
  );
}
