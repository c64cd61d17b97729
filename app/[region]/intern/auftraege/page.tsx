import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { listDecisionsAndAssignments } from "@/lib/decisions/assignments";
import { ASSIGNMENT_STATUS_LABEL, OUTCOME_LABEL } from "@/lib/decisions/labels";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createAssignmentAction, updateAssignmentAction } from "./actions";
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates";
import { assignmentStatusFields } from "@/components/decisions/assignment-status-fields";

export const metadata: Metadata = { title: "Beschlüsse und Aufträge" };

export default async function AssignmentsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "assignments.read");
  const { decisions, people } = await listDecisionsAndAssignments(context.actor);
  const canWrite = context.can("assignments.write");
  const today = new Date(new Date().toISOString().slice(0, 10));
  return (
    <>
      <PageTitle>Beschlüsse und Aufträge</PageTitle>
      {decisions.length === 0 && (
        <p className="mt-4">
          Noch keine Beschlüsse. Beschlüsse werden in der Sitzung zu einem Tagesordnungspunkt der Art „Beschluss“
          erfasst.
        </p>
      )}
      {decisions.map((d) => (
        <section key={d.id} aria-labelledby={`beschluss-${d.id}`} className="mt-8 rounded border border-brand-100 p-4">
          <SectionHeading size="medium" id={`beschluss-${d.id}`}>
            <Link href={`/${slug}/intern/auftraege/beschluesse/${d.id}`} className="underline">
              Beschluss {d.number}
            </Link>
            : {OUTCOME_LABEL[d.outcome]}
          </SectionHeading>
          <p className="text-sm text-muted">
            {d.body.name}, {dateFormat.format(d.decidedOn)}
            {d.meeting && (
              <>
                {" "}
                · <TextLink href={`/${slug}/intern/sitzungen/${d.meeting.id}`}>{d.meeting.title}</TextLink>
              </>
            )}
            {d.fieldOfAction && <> · {d.fieldOfAction.name}</>}
          </p>
          <p className="mt-2 whitespace-pre-line">{d.text}</p>
          <h3 className="mt-4 font-semibold">Aufträge</h3>
          {d.assignments.length === 0 ? (
            <p className="text-sm">Keine Aufträge.</p>
          ) : (
            <ul className="mt-2 space-y-3">
              {d.assignments.map((a) => {
                const overdue = a.dueOn && a.dueOn < today && a.status !== "DONE" && a.status !== "CANCELLED";
                return (
                  <li key={a.id} className="rounded border border-gray-300 p-3" data-testid="assignment">
                    <strong>
                      <TextLink href={`/${slug}/intern/auftraege/${a.id}`}>{a.title}</TextLink>
                    </strong>{" "}
                    – {ASSIGNMENT_STATUS_LABEL[a.status]}
                    {a.dueOn && (
                      <span className={overdue ? "font-semibold text-red-800" : ""}>
                        , Frist {dateFormat.format(a.dueOn)}
                        {overdue ? " (überfällig)" : ""}
                      </span>
                    )}
                    {a.ownerName && <>, verantwortlich: {a.ownerName}</>}
                    {a.description && <p className="mt-1 whitespace-pre-line text-sm">{a.description}</p>}
                    {a.progressNotes && (
                      <p className="mt-1 whitespace-pre-line text-sm text-muted">{a.progressNotes}</p>
                    )}
                    {canWrite && (
                      <details className="mt-2">
                        <DisclosureSummary small>Stand von „{a.title}“ ändern</DisclosureSummary>
                        <ActionForm
                          id={`auftrag-${a.id}`}
                          className="mt-2 max-w-xl"
                          action={updateAssignmentAction.bind(null, slug)}
                          submitLabel="Stand speichern"
                          fields={assignmentStatusFields(a)}
                        />
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {canWrite && (d.outcome === "ADOPTED" || d.outcome === "ADOPTED_AMENDED") && (
            <details className="mt-3">
              <DisclosureSummary small>Auftrag zu Beschluss {d.number} erteilen</DisclosureSummary>
              <ActionForm
                id={`neu-${d.id}`}
                className="mt-2 max-w-xl"
                action={createAssignmentAction.bind(null, slug)}
                submitLabel="Auftrag erteilen"
                resetOnSuccess
                fields={[
                  { kind: "hidden", name: "decisionId", value: d.id },
                  { kind: "text", name: "title", label: "Auftrag", required: true },
                  { kind: "textarea", name: "description", label: "Beschreibung", rows: 2 },
                  {
                    kind: "select",
                    name: "ownerId",
                    label: "Verantwortlich",
                    options: people.map((p) => ({ value: p.id, label: p.label })),
                    placeholder: "— noch offen —",
                  },
                  { kind: "date", name: "dueOn", label: "Frist" },
                ]}
              />
            </details>
          )}
        </section>
      ))}
    </>
  );
}
