import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time";
import type { getMinutes } from "@/lib/meetings/minutes";
import { approveMinutesAction, circulateMinutesAction, returnMinutesToDraftAction } from "../actions";

type Minutes = NonNullable<Awaited<ReturnType<typeof getMinutes>>["minutes"]>;

/**
 * The office's next steps for unapproved minutes: send the draft for review (once; again only
 * after asking), back to draft, and approval under a later meeting's TOP or with a date. A step
 * that is not possible yet is not offered; the reason is shown instead.
 */
export function MinutesSteps({
  slug,
  meetingId,
  minutes,
  approvalRefusal,
  approvalItems,
}: {
  slug: string;
  meetingId: string;
  minutes: Minutes;
  approvalRefusal: string | null;
  approvalItems: { id: string; label: string }[];
}) {
  const sent = minutes.circulatedAt;
  const circulate = [
    { kind: "hidden" as const, name: "meetingId", value: meetingId },
    { kind: "hidden" as const, name: "round", value: String(minutes.circulationRound) },
  ];
  return (
    <section aria-labelledby="durchsicht" className="mt-10 max-w-3xl">
      <SectionHeading id="durchsicht">Durchsicht und Genehmigung</SectionHeading>
      {sent && (
        <p className="mt-2" data-testid="circulated">
          Zur Durchsicht versandt am {berlinDateTimeShort.format(sent)} Uhr
          {minutes.circulationRound > 1 ? ` (${minutes.circulationRound}. Versand)` : ""}.
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-6">
        <ActionForm
          id="versenden"
          compact
          action={circulateMinutesAction.bind(null, slug)}
          submitLabel={sent ? "Erneut zur Durchsicht versenden" : "Zur Durchsicht versenden"}
          fields={sent ? [...circulate, { kind: "hidden", name: "resend", value: "on" }] : circulate}
          confirm={
            sent
              ? {
                  summary: "Erneut zur Durchsicht versenden …",
                  question:
                    "Der Entwurf wurde bereits versandt. Alle Mitglieder des Gremiums erhalten noch einmal eine E-Mail mit dem Link. Erneut versenden?",
                }
              : undefined
          }
        >
          {!sent && (
            <p className="text-sm">
              Die Mitglieder und Stellvertretungen des Gremiums (mit dem Vorsitz) erhalten eine E-Mail mit dem Link zum
              Entwurf und können Anmerkungen zu jedem TOP hinterlassen.
            </p>
          )}
        </ActionForm>
        {minutes.status === "CIRCULATED" && (
          <ActionForm
            id="entwurf"
            compact
            action={returnMinutesToDraftAction.bind(null, slug)}
            submitLabel="Zurück in den Entwurf"
            fields={[
              { kind: "hidden", name: "meetingId", value: meetingId },
              { kind: "hidden", name: "version", value: String(minutes.version) },
            ]}
          />
        )}
      </div>
      {minutes.status === "DRAFT" && (
        <p className="mt-4 text-sm">Genehmigt wird der Entwurf, nachdem er zur Durchsicht versandt wurde.</p>
      )}
      {minutes.status === "CIRCULATED" && approvalRefusal && (
        <p className="mt-4 rounded border border-gray-500 p-notice">{approvalRefusal}</p>
      )}
      {minutes.status === "CIRCULATED" && !approvalRefusal && (
        <Approval slug={slug} meetingId={meetingId} version={minutes.version} items={approvalItems} />
      )}
    </section>
  );
}

function Approval({
  slug,
  meetingId,
  version,
  items,
}: {
  slug: string;
  meetingId: string;
  version: number;
  items: { id: string; label: string }[];
}) {
  const common = [
    { kind: "hidden" as const, name: "meetingId", value: meetingId },
    { kind: "hidden" as const, name: "version", value: String(version) },
  ];
  return (
    <>
      {items.length > 0 && (
        <section aria-labelledby="genehmigung-top" className="mt-6">
          <SectionHeading id="genehmigung-top" level={3}>
            In einer späteren Sitzung genehmigt
          </SectionHeading>
          <ActionForm
            id="genehmigen-top"
            labelledBy="genehmigung-top"
            className="mt-2"
            action={approveMinutesAction.bind(null, slug)}
            submitLabel="Genehmigung unter diesem TOP eintragen"
            fields={[
              ...common,
              { kind: "hidden", name: "via", value: "TOP" },
              {
                kind: "select",
                name: "agendaItemId",
                label: "TOP der späteren Sitzung",
                required: true,
                options: items.map((item) => ({ value: item.id, label: item.label })),
                hint: "Der TOP „Genehmigung des Protokolls“ verweist dann auf dieses Protokoll.",
              },
            ]}
          />
        </section>
      )}
      <section aria-labelledby="genehmigung-datum" className="mt-6">
        <SectionHeading id="genehmigung-datum" level={3}>
          {items.length > 0 ? "Oder direkt mit Datum genehmigen" : "Mit Datum genehmigen"}
        </SectionHeading>
        <ActionForm
          id="genehmigen"
          labelledBy="genehmigung-datum"
          className="mt-2"
          action={approveMinutesAction.bind(null, slug)}
          submitLabel="Protokoll genehmigen"
          fields={[
            ...common,
            { kind: "hidden", name: "via", value: "DATE" },
            {
              kind: "date",
              name: "approvedOn",
              label: "Genehmigt am",
              required: true,
              defaultValue: utcToBerlinLocal(new Date()).slice(0, 10),
              hint: "Frühestens am Sitzungstag, spätestens heute.",
            },
            {
              kind: "text",
              name: "approvedBy",
              label: "Genehmigt durch",
              required: true,
              hint: "z. B. „Lenkungskreis im Umlaufverfahren“ oder „Vorsitz“",
            },
          ]}
        />
      </section>
    </>
  );
}
