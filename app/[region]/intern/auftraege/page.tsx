import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listDecisionsAndAssignments } from "@/lib/decisions/assignments";
import { hasFilters, parseDecisionFilters } from "@/lib/decisions/decision-filters";
import { requireRegion } from "@/lib/tenancy/require-region";
import { DecisionEntry } from "./_components/decision-entry";
import { DecisionFilterForm } from "./_components/decision-filter-form";

export const metadata: Metadata = { title: "Beschlüsse und Aufträge" };

export default async function AssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const filters = parseDecisionFilters(await searchParams);
  const list = await listDecisionsAndAssignments(context.actor, filters);
  const canWrite = context.can("assignments.write");
  const base = `/${slug}/intern/auftraege`;
  const filtered = hasFilters(filters);
  return (
    <>
      <PageTitle>Beschlüsse und Aufträge</PageTitle>
      <DecisionFilterForm
        base={base}
        filters={filters}
        bodies={list.bodies}
        fieldsOfAction={list.fieldsOfAction}
        people={list.people}
        years={list.years}
      />
      <p className="mt-4" role="status" data-testid="decision-count">
        {list.decisions.length === 1 ? "1 Beschluss" : `${list.decisions.length} Beschlüsse`}
        {filtered ? " zu diesen Filtern." : "."}
      </p>
      {list.decisions.length === 0 &&
        (filtered ? (
          <p className="mt-2">
            Keine Beschlüsse zu diesen Filtern. <TextLink href={base}>Alle Filter zurücksetzen</TextLink>
          </p>
        ) : (
          <p className="mt-2">
            Noch keine Beschlüsse. Beschlüsse werden in der Sitzung zu einem Tagesordnungspunkt der Art „Beschluss“
            erfasst: <TextLink href={`/${slug}/intern/sitzungen`}>zu den Sitzungen</TextLink>.
          </p>
        ))}
      {list.decisions.map((d) => (
        <DecisionEntry
          key={d.id}
          slug={slug}
          decision={d}
          people={list.people}
          canWrite={canWrite}
          filtered={Boolean(filters.status || filters.ownerId)}
        />
      ))}
    </>
  );
}
