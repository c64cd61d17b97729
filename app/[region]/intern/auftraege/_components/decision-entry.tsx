import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AssignmentStatusDisclosure } from "@/components/decisions/assignment-status-disclosure";
import { newAssignmentFields } from "@/components/decisions/new-assignment-fields";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates";
import type { listDecisionsAndAssignments } from "@/lib/decisions/assignments";
import { ASSIGNMENT_STATUS_LABEL, isAdopted, OUTCOME_LABEL } from "@/lib/decisions/labels";
import { createAssignmentAction, updateAssignmentAction } from "../actions";

type List = Awaited<ReturnType<typeof listDecisionsAndAssignments>>;

/** One decision of the list with its assignments and, for the office, their forms. */
export function DecisionEntry({
  slug,
  decision: d,
  people,
  canWrite,
  filtered,
}: {
  slug: string;
  decision: List["decisions"][number];
  people: List["people"];
  canWrite: boolean;
  /** Assignments are filtered: say so instead of "Keine Aufträge." */
  filtered: boolean;
}) {
  const href = (id: string) => `/${slug}/intern/auftraege/beschluesse/${id}`;
  return (
    <section aria-labelledby={`beschluss-${d.id}`} className="mt-8 rounded border border-brand-100 p-4">
      <SectionHeading size="medium" id={`beschluss-${d.id}`}>
        <Link href={href(d.id)} className="underline">
          Beschluss {d.number}
        </Link>
        : {OUTCOME_LABEL[d.outcome]}
        {d.lifted && " (aufgehoben)"}
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
        {d.amends && (
          <>
            {" "}
            · {d.amendmentKind === "REVOKES" ? "hebt " : "ändert "}
            <TextLink href={href(d.amends.id)}>Beschluss {d.amends.number}</TextLink>
            {d.amendmentKind === "REVOKES" ? " auf" : ""}
          </>
        )}
      </p>
      <p className="mt-2 whitespace-pre-line wrap-anywhere">{d.text}</p>
      <h3 className="mt-4 font-semibold">Aufträge</h3>
      {d.assignments.length === 0 ? (
        <p className="text-sm">{filtered ? "Keine Aufträge zu diesen Filtern." : "Keine Aufträge."}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {d.assignments.map((a) => (
            <li key={a.id} className="rounded border border-gray-300 p-3" data-testid="assignment">
              <strong>
                <TextLink href={`/${slug}/intern/auftraege/${a.id}`}>{a.title}</TextLink>
              </strong>{" "}
              – {ASSIGNMENT_STATUS_LABEL[a.status]}
              {a.dueOn && (
                <span className={a.overdue ? "font-semibold text-red-800" : ""}>
                  , Frist {dateFormat.format(a.dueOn)}
                  {a.overdue ? " (überfällig)" : ""}
                </span>
              )}
              {a.ownerName && <>, verantwortlich: {a.ownerName}</>}
              {a.description && <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm">{a.description}</p>}
              {a.progressNotes && (
                <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm text-muted">{a.progressNotes}</p>
              )}
              {canWrite && (
                <AssignmentStatusDisclosure
                  className="mt-2"
                  assignment={a}
                  action={updateAssignmentAction.bind(null, slug)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && isAdopted(d.outcome) && !d.lifted && (
        <details className="mt-3">
          <DisclosureSummary small>Auftrag zu Beschluss {d.number} erteilen</DisclosureSummary>
          <ActionForm
            id={`neu-${d.id}`}
            className="mt-2 max-w-xl"
            action={createAssignmentAction.bind(null, slug)}
            submitLabel="Auftrag erteilen"
            resetOnSuccess
            fields={newAssignmentFields({ name: "decisionId", value: d.id }, people, "Nicht vor dem Beschluss.")}
          />
        </details>
      )}
    </section>
  );
}
