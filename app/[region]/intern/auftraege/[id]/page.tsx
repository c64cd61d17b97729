import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { ChainView } from "@/components/recommendations/chain-view";
import { Detail, DetailList } from "@/components/ui/detail-list";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { getAssignment } from "@/lib/decisions/assignments";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/decisions/labels";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { getChain } from "@/lib/recommendations/get-chain";
import { requireRegion } from "@/lib/tenancy/require-region";
import { updateAssignmentAction } from "../actions";
import { assignmentStatusFields } from "@/components/decisions/assignment-status-fields";
import { AssignmentHistory } from "./_components/assignment-history";
import { EditAssignmentForm } from "./_components/edit-assignment-form";

export const metadata: Metadata = { title: "Auftrag" };

export default async function AssignmentPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "assignments.read", `/${slug}/intern/auftraege/${id}`);
  const { actor } = context;
  const a = await orNotFound(getAssignment(actor, id));
  const chain = await orNotFound(getChain(actor, { kind: "assignment", id }));
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/auftraege`}>Beschlüsse und Aufträge</TextLink>
      </p>
      <PageTitle className="mt-1">Auftrag: {a.title}</PageTitle>
      <DetailList className="mt-3 max-w-2xl">
        <Detail term="Stand" data-testid="auftrag-stand">
          {ASSIGNMENT_STATUS_LABEL[a.status]}
        </Detail>
        <Detail term="Frist" data-testid="auftrag-frist">
          {a.dueOn ? berlinDate.format(a.dueOn) : "keine"}
          {a.overdue && <strong className="text-red-800"> (überfällig)</strong>}
        </Detail>
        <Detail term="Verantwortlich" data-testid="auftrag-verantwortlich">
          {a.ownerName ?? "noch offen"}
        </Detail>
        {a.decision && (
          <Detail term="Aus Beschluss">
            <TextLink href={`/${slug}/intern/auftraege/beschluesse/${a.decision.id}`}>
              Beschluss {a.decision.number}
            </TextLink>
          </Detail>
        )}
      </DetailList>
      {a.description && <p className="mt-3 max-w-3xl whitespace-pre-line wrap-anywhere">{a.description}</p>}
      {a.progressNotes && (
        <section aria-labelledby="notizen" className="mt-4">
          <SectionHeading size="medium" id="notizen">
            Fortschritt
          </SectionHeading>
          <p className="mt-1 whitespace-pre-line wrap-anywhere">{a.progressNotes}</p>
        </section>
      )}
      <ChainView chain={chain} slug={slug} />
      {context.can("assignments.write") && <EditAssignmentForm slug={slug} assignment={a} />}
      <AssignmentHistory assignment={a} />
      {context.can("assignments.write") && (
        <section aria-labelledby="stand" className="mt-8 max-w-xl">
          <SectionHeading size="medium" id="stand">
            Stand ändern
          </SectionHeading>
          <ActionForm
            id="auftrag-stand-form"
            labelledBy="stand"
            className="mt-3"
            action={updateAssignmentAction.bind(null, slug)}
            submitLabel="Stand speichern"
            fields={assignmentStatusFields(a)}
          />
        </section>
      )}
    </>
  );
}
