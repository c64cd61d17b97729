import { SectionHeading } from "@/components/ui/section-heading";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { QuorumRuleForm } from "./quorum-rule-form";
import { SeatRuleForm } from "./seat-rule-form";
import { SeatRulesTable } from "./seat-rules-table";

type Overview = Awaited<ReturnType<typeof getAgreementOverview>>;

/** One body's seat rules and its Beschlussfähigkeit, each with its form. */
export function BodyRulesSection({
  slug,
  body,
  categories,
}: {
  slug: string;
  body: Overview["bodies"][number];
  categories: Overview["categories"];
}) {
  return (
    <section aria-labelledby={`regeln-${body.slug}`} className="mt-10">
      <SectionHeading id={`regeln-${body.slug}`}>Sitzregeln: {body.name}</SectionHeading>
      {body.rules.length === 0 ? (
        <p className="mt-2">Noch keine Sitzregeln. Legen Sie die erste mit dem Formular darunter fest.</p>
      ) : (
        <SeatRulesTable slug={slug} bodyName={body.name} rules={body.rules} />
      )}
      <SeatRuleForm slug={slug} body={body} categories={categories} />
      <QuorumRuleForm slug={slug} body={body} />
    </section>
  );
}
