import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { DateTime } from "@/components/ui/date-time";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/decisions/labels";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { requireRegion } from "@/lib/tenancy/require-region";
import { getWorkProgramme } from "@/lib/voting/work-programme";
import { createAssignmentAction, updateAssignmentAction } from "../../auftraege/actions";
import { AssignmentStatusDisclosure } from "@/components/decisions/assignment-status-disclosure";
import { newAssignmentFields } from "@/components/decisions/new-assignment-fields";

export const metadata: Metadata = { title: "Arbeitsprogramm" };

export default async function ProgrammePage({ params }: { params: Promise<{ region: string; jahr: string }> }) {
  const { region: slug, jahr } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const year = /^\d{4}$/.test(jahr) ? Number(jahr) : NaN;
  const { programme, people } = await orNotFound(getWorkProgramme(context.actor, year));
  const canWrite = context.can("assignments.write");
  const today = new Date(new Date().toISOString().slice(0, 10));
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/arbeitsprogramm`}>Alle Arbeitsprogramme</TextLink>
      </p>
      <PageTitle className="mt-1">{programme.title}</PageTitle>
      <p className="mt-2">
        Beschlossen am <DateTime value={programme.adoptedAt} /> aus der Abstimmung{" "}
        <TextLink href={`/${slug}/intern/abstimmungen/${programme.poll.id}`}>„{programme.poll.title}“</TextLink> (
        {programme.poll.body.name}).
      </p>
      <ol className="mt-6 space-y-6">
        {programme.items.map((item) => (
          <li key={item.id} className="rounded border border-brand-100 p-4">
            <SectionHeading size="medium" id={`prioritaet-${item.id}`}>
              Priorität {item.rank}: {item.label}
            </SectionHeading>
            <p className="text-sm text-muted">
              {item.score}
              {item.fieldOfAction ? " · Handlungsfeld" : " · Maßnahme"}
            </p>
            <h3 className="mt-3 font-semibold">Aufträge</h3>
            {item.assignments.length === 0 ? (
              <p className="text-sm">Noch keine Aufträge.</p>
            ) : (
              <ul className="mt-1 space-y-2">
                {item.assignments.map((a) => {
                  const overdue = a.dueOn && a.dueOn < today && a.status !== "DONE" && a.status !== "CANCELLED";
                  return (
                    <li key={a.id} className="rounded border border-gray-300 p-2" data-testid="assignment">
                      <strong>{a.title}</strong> – {ASSIGNMENT_STATUS_LABEL[a.status]}
                      {a.dueOn && (
                        <span className={overdue ? "font-semibold text-red-800" : ""}>
                          , Frist {berlinDate.format(a.dueOn)}
                          {overdue ? " (überfällig)" : ""}
                        </span>
                      )}
                      {a.ownerName && <>, verantwortlich: {a.ownerName}</>}
                      {canWrite && (
                        <AssignmentStatusDisclosure
                          className="mt-1"
                          assignment={a}
                          action={updateAssignmentAction.bind(null, slug)}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {canWrite && (
              <details className="mt-3">
                <DisclosureSummary small>Auftrag zu Priorität {item.rank} erteilen</DisclosureSummary>
                <ActionForm
                  id={`neu-${item.id}`}
                  className="mt-2 max-w-xl"
                  action={createAssignmentAction.bind(null, slug)}
                  submitLabel="Auftrag erteilen"
                  resetOnSuccess
                  fields={newAssignmentFields({ name: "programmeItemId", value: item.id }, people)}
                />
              </details>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
