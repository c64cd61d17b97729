import type { Metadata } from "next";
import { LegalPageView } from "@/components/legal-page";
import { getLegalPage, LEGAL_PAGES } from "@/lib/regions/legal-pages";
import { requirePublicRegion } from "@/lib/tenancy/require-region";
import { publicRead } from "@/lib/public-cache/public-read";

const page = LEGAL_PAGES.find((p) => p.kind === "IMPRINT")!;
type Props = { params: Promise<{ region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await requirePublicRegion((await params).region);
  return { title: `${page.title} – ${region.name}` };
}

export default async function RegionLegalPage({ params }: Props) {
  const region = await requirePublicRegion((await params).region);
  const { body, updatedAt } = await publicRead(region, `legal:${page.kind}`, () => getLegalPage(region, page.kind));
  return <LegalPageView title={`${page.title}: Bildungsnetzwerk ${region.name}`} body={body} updatedAt={updatedAt} />;
}
