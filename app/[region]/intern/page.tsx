import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { ROLE_LABELS } from "@/lib/permissions";
import { requireRegion } from "@/lib/tenancy/require-region";
import { AssignmentList } from "./_components/assignment-list";
import { CompositionSection } from "./_components/composition-section";
import { MeetingsSection } from "./_components/meetings-section";
import { MembershipsSection } from "./_components/memberships-section";
import { MinutesSection } from "./_components/minutes-section";
import { PollsSection } from "./_components/polls-section";

export const metadata: Metadata = { title: "Übersicht" };

type Props = { params: Promise<{ region: string }> };

export default async function DashboardPage({ params }: Props) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view", `/${slug}/intern`);
  const dashboard = await getDashboard(context.actor);
  const canOpenAssignments = context.can("assignments.read");
  return (
    <>
      <p className="text-sm text-muted">Interner Bereich · {context.region.name}</p>
      <PageTitle>Guten Tag, {context.user.name}</PageTitle>
      <p className="mt-3">
        Ihre Rolle{context.roles.length > 1 ? "n" : ""}:{" "}
        <strong>{context.roles.map((role) => ROLE_LABELS[role]).join(", ")}</strong>
      </p>
      <PollsSection slug={slug} polls={dashboard.polls} />
      {(dashboard.myAssignments.length > 0 || !dashboard.isOffice) && (
        <AssignmentList
          id="meine-auftraege"
          heading="Meine Aufträge"
          empty="Ihnen ist derzeit kein offener Auftrag zugeordnet."
          slug={slug}
          linkToAssignment={canOpenAssignments}
          assignments={dashboard.myAssignments}
        />
      )}
      <MinutesSection slug={slug} isOffice={dashboard.isOffice} minutes={dashboard.minutesToReview} />
      <MeetingsSection slug={slug} isOffice={dashboard.isOffice} meetings={dashboard.meetings} />
      {dashboard.isOffice && (
        <AssignmentList
          id="offene-auftraege"
          heading="Offene Aufträge der Region"
          empty="Keine offenen Aufträge. Aufträge entstehen aus Beschlüssen des Lenkungskreises."
          emptyLink={{ href: `/${slug}/intern/auftraege`, label: "Zu den Beschlüssen und Aufträgen" }}
          slug={slug}
          linkToAssignment={canOpenAssignments}
          assignments={dashboard.openAssignments}
        />
      )}
      <MembershipsSection memberships={dashboard.memberships} />
      {dashboard.composition && (
        <CompositionSection
          slug={slug}
          canManage={context.can("memberships.manage")}
          canEditRules={context.can("agreement.manage")}
          composition={dashboard.composition}
        />
      )}
    </>
  );
}
