import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Markdown } from "@/components/markdown";
import { orNotFound } from "@/lib/http/or-not-found";
import { MINUTES_STATUS_LABEL } from "@/lib/meetings/labels";
import { getMinutes } from "@/lib/meetings/minutes";
import { requireRegion } from "@/lib/tenancy/require-region";
import { saveMinutesAction, setMinutesStatusAction } from "../../actions";
import { berlinDateLong as dateFormat } from "@/lib/format/berlin-dates";

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
        <Link href={`/${slug}/intern/sitzungen/${meeting.id}`} className="text-brand-700 underline">
          Zurück zur Sitzung
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">Protokoll: {meeting.title}</h1>
      <p className="mt-2" data-testid="minutes-status">
        Stand: {minutes ? MINUTES_STATUS_LABEL[minutes.status] : "noch nicht angelegt"}
        {minutes?.status === "APPROVED" && minutes.approvedAt
          ? `, am ${dateFormat.format(minutes.approvedAt)} (${minutes.approvedBy})`
          : ""}
      </p>
      {!minutes && !canWrite && <p className="mt-4">Das Protokoll liegt noch nicht vor.</p>}
      {minutes && (
        <p className="mt-2">
          <a href={`/${slug}/intern/sitzungen/${meeting.id}/protokoll.pdf`} className="text-brand-700 underline">
            Protokoll als PDF
          </a>
        </p>
      )}

      {minutes && (
        <section aria-labelledby="fassung" className="mt-8">
          <h2 id="fassung" className="text-2xl font-semibold text-brand-800">
            Gespeicherte Fassung
          </h2>
          {minutes.quorumNote && <p className="mt-2 font-semibold">{minutes.quorumNote}</p>}
          {minutes.preamble && (
            <div className="mt-2">
              <Markdown text={minutes.preamble} />
            </div>
          )}
          {agenda.map((item) => (
            <section key={item.id} aria-label={`${item.number}: ${item.title}`} className="mt-4">
              <h3 className="text-lg font-semibold">
                {item.number}: {item.title}
                {item.isPublic ? "" : " (nicht öffentlich)"}
              </h3>
              <Markdown text={item.text} />
            </section>
          ))}
        </section>
      )}

      {editable && (
        <section aria-labelledby="bearbeiten" className="mt-10 max-w-3xl">
          <h2 id="bearbeiten" className="text-2xl font-semibold text-brand-800">
            {minutes ? "Protokoll bearbeiten" : "Protokoll anlegen"}
          </h2>
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
          <h2 id="stand" className="text-2xl font-semibold text-brand-800">
            Stand ändern
          </h2>
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
