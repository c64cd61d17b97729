import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { Markdown } from "@/components/markdown";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { MINUTES_STATUS_LABEL } from "@/lib/meetings/labels";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getMinutes } from "@/lib/meetings/minutes";
import { requireRegion } from "@/lib/tenancy/require-region";
import { saveMinutesAction, setMinutesStatusAction } from "../../actions";
import { berlinDateLong as dateFormat } from "@/lib/core/format/berlin-dates";

export const metadata: Metadata = { title: "Protokoll" };

export default async function MinutesPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const data = await orNotFound(getMinutes(context.actor, id));
  const { meeting, minutes, agenda, quorum } = data;
  const canWrite = context.can("minutes.write");
  const editable = canWrite && minutes?.status !== "APPROVED";
  const version = String(minutes?.version ?? 0);

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/sitzungen/${meeting.id}`}>Zurück zur Sitzung</TextLink>
      </p>
      <PageTitle className="mt-1">Protokoll: {meeting.title}</PageTitle>
      <p className="mt-2" data-testid="minutes-status">
        Stand: {minutes ? MINUTES_STATUS_LABEL[minutes.status] : "noch nicht angelegt"}
        {minutes?.status === "APPROVED" && minutes.approvedAt
          ? `, am ${dateFormat.format(minutes.approvedAt)} (${minutes.approvedBy})`
          : ""}
      </p>
      {!minutes && !canWrite && <p className="mt-4">Das Protokoll liegt noch nicht vor.</p>}
      {minutes && (
        <p className="mt-2">
          <TextAnchor href={`/${slug}/intern/sitzungen/${meeting.id}/protokoll.pdf`}>Protokoll als PDF</TextAnchor>
        </p>
      )}

      {minutes && (
        <section aria-labelledby="fassung" className="mt-8">
          <SectionHeading id="fassung">Gespeicherte Fassung</SectionHeading>
          {minutes.quorumNote && <p className="mt-2 font-semibold">{minutes.quorumNote}</p>}
          {minutes.preamble && (
            <div className="mt-2">
              <Markdown text={minutes.preamble} />
            </div>
          )}
          {agenda.map((item) => (
            <section key={item.id} aria-label={`${item.number}: ${item.title}`} className="mt-4">
              <SectionHeading level={3}>
                {item.number}: {item.title}
                {item.isPublic ? "" : " (nicht öffentlich)"}
              </SectionHeading>
              <Markdown text={item.text} />
            </section>
          ))}
        </section>
      )}

      {editable && (
        <section aria-labelledby="bearbeiten" className="mt-10 max-w-3xl">
          <SectionHeading id="bearbeiten">{minutes ? "Protokoll bearbeiten" : "Protokoll anlegen"}</SectionHeading>
          <p className="mt-2 text-sm">
            Formatierung mit Markdown: **fett**, *kursiv*, Listen mit „- “. Beim Speichern wird die Beschlussfähigkeit
            aus der Anwesenheit übernommen: {quorum?.statement}
          </p>
          <ActionForm
            id="protokoll"
            labelledBy="bearbeiten"
            className="mt-3"
            action={saveMinutesAction.bind(null, slug)}
            submitLabel="Protokoll speichern"
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              { kind: "hidden", name: "version", value: version },
              {
                kind: "textarea",
                name: "preamble",
                label: "Vorbemerkung",
                rows: 3,
                defaultValue: minutes?.preamble ?? "",
              },
              ...agenda.map((item) => ({
                kind: "textarea" as const,
                name: `entry:${item.id}`,
                label: `${item.number}: ${item.title}`,
                rows: 5,
                defaultValue: item.text,
              })),
            ]}
          />
        </section>
      )}

      {canWrite && minutes && minutes.status !== "APPROVED" && (
        <section aria-labelledby="stand" className="mt-10 max-w-3xl">
          <SectionHeading id="stand">Stand ändern</SectionHeading>
          <div className="mt-3 flex flex-wrap gap-6">
            {minutes.status === "DRAFT" && (
              <ActionForm
                id="versenden"
                compact
                action={setMinutesStatusAction.bind(null, slug)}
                submitLabel="Zur Durchsicht freigeben"
                fields={[
                  { kind: "hidden", name: "meetingId", value: meeting.id },
                  { kind: "hidden", name: "version", value: version },
                  { kind: "hidden", name: "status", value: "CIRCULATED" },
                ]}
              />
            )}
            {minutes.status === "CIRCULATED" && (
              <>
                <ActionForm
                  id="entwurf"
                  compact
                  action={setMinutesStatusAction.bind(null, slug)}
                  submitLabel="Zurück in den Entwurf"
                  fields={[
                    { kind: "hidden", name: "meetingId", value: meeting.id },
                    { kind: "hidden", name: "version", value: version },
                    { kind: "hidden", name: "status", value: "DRAFT" },
                  ]}
                />
                <ActionForm
                  id="genehmigen"
                  action={setMinutesStatusAction.bind(null, slug)}
                  submitLabel="Protokoll genehmigen"
                  fields={[
                    { kind: "hidden", name: "meetingId", value: meeting.id },
                    { kind: "hidden", name: "version", value: version },
                    { kind: "hidden", name: "status", value: "APPROVED" },
                    {
                      kind: "text",
                      name: "approvedBy",
                      label: "Genehmigt durch",
                      required: true,
                      hint: "z. B. „Lenkungskreis in der Sitzung am 12.03.2027“ oder „Vorsitz“",
                    },
                  ]}
                />
              </>
            )}
          </div>
        </section>
      )}
    </>
  );
}
