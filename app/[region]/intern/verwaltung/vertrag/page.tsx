import type { Metadata } from "next";
import { DoneNotice } from "@/components/done-notice";
import { PageTitle } from "@/components/ui/page-title";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { requireRegion } from "@/lib/tenancy/require-region";
import { AgreementSection } from "./_components/agreement-section";
import { BodyRulesSection } from "./_components/body-rules-section";
import { SeatCategorySection } from "./_components/seat-category-section";
import { SignedAgreementSection } from "./_components/signed-agreement-section";

export const metadata: Metadata = { title: "Kooperationsvertrag" };

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ erledigt?: string }>;
}) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "agreement.manage");
  const { agreement, bodies, categories, signedDocument } = await getAgreementOverview(context.actor);
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <DoneNotice message={notice} />
      <PageTitle>Kooperationsvertrag</PageTitle>
      <p className="mt-2 max-w-3xl">
        Der Vertrag zwischen dem Land NRW und {context.region.name}: Stellen, Ergänzungen und die Sitzregeln der
        Gremien.
      </p>
      <AgreementSection slug={slug} agreement={agreement} regionName={context.region.name} />
      {agreement && <SignedAgreementSection slug={slug} signedDocument={signedDocument} />}
      {agreement ? (
        bodies.map((body) => <BodyRulesSection key={body.id} slug={slug} body={body} categories={categories} />)
      ) : (
        <p className="mt-8">Sitzregeln und Beschlussfähigkeit lassen sich festlegen, sobald der Vertrag erfasst ist.</p>
      )}
      <SeatCategorySection slug={slug} categories={categories} />
    </>
  );
}
