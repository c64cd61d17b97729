import type { Metadata } from "next";
import Link from "next/link";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { getDoneNotice } from "@/lib/audit/get-done-notice";
import { orNotFound } from "@/lib/http/or-not-found";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { AGENDA_KIND_LABEL, ATTENDANCE_LABEL, MEETING_STATUS_LABEL } from "@/lib/meetings/labels";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { POLL_STATUS_LABEL } from "@/lib/voting/labels";
import { requireRegion } from "@/lib/tenancy/require-region";
import {
  addAgendaItemAction,
  attachDocumentAction,
  setDocumentPublicAction,
  moveAgendaItemAction,
  recordAttendanceAction,
  recordDecisionAction,
  removeAgendaItemAction,
  sendInvitationAction,
  setMeetingStatusAction,
  updateAgendaItemAction,
} from "../actions";
import { berlinDateTime as dateFormat } from "@/lib/format/berlin-dates";

export const metadata: Metadata = { title: "Sitzung" };

const kindOptions = Object.entries(AGENDA_KIND_LABEL).map(([value, label]) => ({ value, label }));

type Props = { params: Promise<{ region: string; id: string }>; searchParams: Promise<{ erledigt?: string }> };

export default async function MeetingPage({ params, searchParams }: Props) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const data = await orNotFound(getMeeting(context.actor, id));
  const { meeting, agenda, members, quorum, quorumRuleIsDefault, fieldsOfAction, invitationMails } = data;
  const canDecide = context.can("decisions.write");
  const canWrite = context.can("meetings.write");
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);
  const versioned = [
    { kind: "hidden" as const, name: "meetingId", value: meeting.id },
    { kind: "hidden" as const, name: "version", value: String(meeting.version) },
  ];

  return (
    <>
      <p className="text-sm">
        <Link href={`/${slug}/intern/sitzungen`} className="text-brand-700 underline">
          Alle Sitzungen
        </Link>
      </p>
      <DoneNotice message={notice} />
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{meeting.title}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Gremium</dt>
        <dd>{meeting.body.name}</dd>
        <dt className="font-semibold">Beginn</dt>
        <dd>
          <time dateTime={meeting.startsAt.toISOString()}>{dateFormat.format(meeting.startsAt)} Uhr</time>
        </dd>
        {meeting.endsAt && (
          <>
            <dt className="font-semibold">Ende</dt>
            <dd>
              <time dateTime={meeting.endsAt.toISOString()}>{dateFormat.format(meeting.endsAt)} Uhr</time>
            </dd>
          </>
        )}
        {meeting.location && (
          <>
            <dt className="font-semibold">Ort</dt>
            <dd>{meeting.location}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt className="font-semibold">Online</dt>
            <dd>
              <a href={meeting.onlineUrl} className="text-brand-700 underline" rel="noopener noreferrer">
                {meeting.onlineUrl}
              </a>
            </dd>
          </>
        )}
        <dt className="font-semibold">Status</dt>
        <dd>
          {MEETING_STATUS_LABEL[meeting.status]}
          {meeting.isPublic ? ", öffentlich" : ", nicht öffentlich"}
        </dd>
      </dl>
      {canWrite && (
        <div className="mt-3 flex flex-wrap gap-3">
          {(meeting.status === "PLANNED" || meeting.status === "INVITED") && agenda.length > 0 && (
            <ActionForm
              id="einladen"
              compact
              action={sendInvitationAction.bind(null, slug)}
              submitLabel="Einladung jetzt versenden"
              confirm={{
                summary: meeting.status === "INVITED" ? "Einladung erneut versenden …" : "Einladung versenden …",
                question:
                  "Alle Mitglieder und Stellvertretungen erhalten die Tagesordnung per E-Mail, mit dem Termin als Kalenderdatei.",
              }}
              fields={[{ kind: "hidden", name: "meetingId", value: meeting.id }]}
            />
          )}
          {meeting.status !== "HELD" && meeting.startsAt <= new Date() && (
            <ActionForm
              id="status-held"
              compact
              action={setMeetingStatusAction.bind(null, slug)}
              submitLabel="Als durchgeführt markieren"
              fields={[
                { kind: "hidden", name: "meetingId", value: meeting.id },
                { kind: "hidden", name: "status", value: "HELD" },
              ]}
            />
          )}
          {meeting.status !== "CANCELLED" && meeting.status !== "HELD" && (
            <ActionForm
              id="status-abgesagt"
              compact
              action={setMeetingStatusAction.bind(null, slug)}
              submitLabel="Sitzung jetzt absagen"
              confirm={{
                summary: "Absagen …",
                question: "Die Sitzung wird als abgesagt markiert; sie bleibt mit ihrer Tagesordnung erhalten.",
              }}
              fields={[
                { kind: "hidden", name: "meetingId", value: meeting.id },
                { kind: "hidden", name: "status", value: "CANCELLED" },
              ]}
            />
          )}
        </div>
      )}

      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link
            href={`/${slug}/intern/sitzungen/${meeting.id}/protokoll`}
            className="font-semibold text-brand-700 underline"
          >
            Protokoll
          </Link>
        </li>
        {agenda.length > 0 && (
          <li>
            <a href={`/${slug}/intern/sitzungen/${meeting.id}/einladung.pdf`} className="text-brand-700 underline">
              Einladung als PDF
            </a>
          </li>
        )}
      </ul>

      <section aria-labelledby="tagesordnung" className="mt-10">
        <h2 id="tagesordnung" className="text-2xl font-semibold text-brand-800">
          Tagesordnung
        </h2>
        {agenda.length === 0 ? (
          <p className="mt-2">Noch keine Tagesordnungspunkte.</p>
        ) : (
          <ol className="mt-3 space-y-3" aria-label="Tagesordnungspunkte">
            {agenda.map((item, index) => (
              <li key={item.id} className="rounded border border-brand-100 p-3">
                <strong>
                  {item.number}: {item.title}
                </strong>{" "}
                <span className="text-sm text-muted">
                  ({AGENDA_KIND_LABEL[item.kind]}, {item.isPublic ? "öffentlich" : "nicht öffentlich"})
                </span>
                {item.description && <p className="mt-1 whitespace-pre-line text-sm">{item.description}</p>}
                {item.recommendationId && (
                  <p className="mt-1 text-sm">
                    <Link
                      href={`/${slug}/intern/empfehlungen/${item.recommendationId}`}
                      className="text-brand-700 underline"
                    >
                      Empfehlung der Bildungskonferenz zu {item.number} ansehen
                    </Link>
                  </p>
                )}
                {item.documents.length > 0 && (
                  <ul className="mt-2 text-sm" aria-label={`Unterlagen zu ${item.number}`}>
                    {item.documents.map((doc) => (
                      <li key={doc.id}>
                        <a href={`/${slug}/intern/dokumente/${doc.id}`} className="text-brand-700 underline">
                          {doc.title}
                        </a>{" "}
                        ({doc.fileName}, {Math.max(1, Math.round(doc.sizeBytes / 1024))} KB,{" "}
                        {doc.isPublic ? "veröffentlicht" : "nur intern"})
                        {context.can("documents.write") && (
                          <ActionForm
                            id={`veroeffentlichen-${doc.id}`}
                            compact
                            action={setDocumentPublicAction.bind(null, slug)}
                            submitLabel={
                              doc.isPublic
                                ? `„${doc.title}“ nicht mehr veröffentlichen`
                                : `„${doc.title}“ veröffentlichen`
                            }
                            fields={[
                              { kind: "hidden", name: "documentId", value: doc.id },
                              { kind: "hidden", name: "isPublic", value: doc.isPublic ? "" : "on" },
                            ]}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {context.can("documents.write") && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand-800 underline">
                      Unterlage an {item.number} anhängen
                    </summary>
                    <ActionForm
                      id={`unterlage-${item.id}`}
                      className="mt-2 max-w-xl"
                      action={attachDocumentAction.bind(null, slug)}
                      submitLabel="Unterlage hochladen"
                      resetOnSuccess
                      fields={[
                        { kind: "hidden", name: "agendaItemId", value: item.id },
                        {
                          kind: "text",
                          name: "title",
                          label: "Titel der Unterlage",
                          hint: "Leer lassen, um den Dateinamen zu verwenden.",
                        },
                        {
                          kind: "file",
                          name: "file",
                          label: "Datei (höchstens 10 MB)",
                          required: true,
                          accept: ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp",
                        },
                      ]}
                    />
                  </details>
                )}
                {item.decisions.map((d) => (
                  <div key={d.id} className="mt-2 rounded bg-brand-50 p-2 text-sm" data-testid="decision">
                    <strong>
                      <Link href={`/${slug}/intern/auftraege/beschluesse/${d.id}`} className="text-brand-700 underline">
                        Beschluss {d.number}
                      </Link>
                      : {OUTCOME_LABEL[d.outcome]}
                    </strong>
                    {d.yesCount !== null && (
                      <>
                        {" "}
                        (Ja {d.yesCount}, Nein {d.noCount}, Enthaltung {d.abstainCount})
                      </>
                    )}
                    {d.fieldOfAction && <> · {d.fieldOfAction.name}</>}
                    <p className="mt-1 whitespace-pre-line">{d.text}</p>
                    {d.reason && <p className="mt-1">Begründung: {d.reason}</p>}
                  </div>
                ))}
                {item.kind === "DECISION" && (item.polls.length > 0 || context.can("polls.manage")) && (
                  <p className="mt-2 text-sm">
                    {item.polls.map((p) => (
                      <span key={p.id} className="mr-3">
                        Abstimmung:{" "}
                        <Link href={`/${slug}/intern/abstimmungen/${p.id}`} className="text-brand-700 underline">
                          {p.title}
                        </Link>{" "}
                        ({POLL_STATUS_LABEL[p.status]})
                      </span>
                    ))}
                    {context.can("polls.manage") && !item.polls.some((p) => p.status === "DRAFT") && (
                      <Link
                        href={`/${slug}/intern/abstimmungen?top=${item.id}#neu`}
                        className="text-brand-700 underline"
                      >
                        Abstimmung zu {item.number} vorbereiten
                      </Link>
                    )}
                  </p>
                )}
                {canDecide && item.kind === "DECISION" && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand-800 underline">
                      Beschluss zu {item.number} erfassen
                    </summary>
                    {item.polls.some(
                      (p) => p.method === "YES_NO_ABSTAIN" && (p.status === "CLOSED" || p.status === "PUBLISHED"),
                    ) && (
                      <p className="mt-2 text-sm">
                        Die Stimmen werden aus der geschlossenen Abstimmung übernommen; eingetragene Zahlen werden nicht
                        verwendet.
                      </p>
                    )}
                    <ActionForm
                      id={`beschluss-${item.id}`}
                      className="mt-2 max-w-2xl"
                      action={recordDecisionAction.bind(null, slug)}
                      submitLabel="Beschluss speichern"
                      resetOnSuccess
                      fields={[
                        { kind: "hidden", name: "agendaItemId", value: item.id },
                        { kind: "textarea", name: "text", label: "Beschlusstext", required: true, rows: 4 },
                        {
                          kind: "select",
                          name: "outcome",
                          label: "Ergebnis",
                          required: true,
                          options: Object.entries(OUTCOME_LABEL).map(([value, label]) => ({ value, label })),
                          placeholder: "Bitte wählen",
                        },
                        { kind: "number", name: "yesCount", label: "Ja-Stimmen", min: 0, max: 999 },
                        { kind: "number", name: "noCount", label: "Nein-Stimmen", min: 0, max: 999 },
                        { kind: "number", name: "abstainCount", label: "Enthaltungen", min: 0, max: 999 },
                        {
                          kind: "select",
                          name: "fieldOfActionId",
                          label: "Handlungsfeld",
                          options: fieldsOfAction.map((f) => ({ value: f.id, label: f.name })),
                          placeholder: "— keines —",
                        },
                        {
                          kind: "textarea",
                          name: "reason",
                          label: "Begründung",
                          hint: "Bei Ablehnung erforderlich.",
                          rows: 2,
                        },
                      ]}
                    />
                  </details>
                )}
                {canWrite && (
                  <div className="mt-2 flex flex-wrap items-start gap-3">
                    {index > 0 && (
                      <ActionForm
                        id={`hoch-${item.id}`}
                        compact
                        action={moveAgendaItemAction.bind(null, slug)}
                        submitLabel={`${item.number} nach oben`}
                        fields={[
                          ...versioned,
                          { kind: "hidden", name: "itemId", value: item.id },
                          { kind: "hidden", name: "direction", value: "up" },
                        ]}
                      />
                    )}
                    {index < agenda.length - 1 && (
                      <ActionForm
                        id={`runter-${item.id}`}
                        compact
                        action={moveAgendaItemAction.bind(null, slug)}
                        submitLabel={`${item.number} nach unten`}
                        fields={[
                          ...versioned,
                          { kind: "hidden", name: "itemId", value: item.id },
                          { kind: "hidden", name: "direction", value: "down" },
                        ]}
                      />
                    )}
                    <details className="w-full">
                      <summary className="cursor-pointer text-sm text-brand-800 underline">
                        {item.number} bearbeiten
                      </summary>
                      <ActionForm
                        id={`bearbeiten-${item.id}`}
                        className="mt-2 max-w-2xl"
                        action={updateAgendaItemAction.bind(null, slug)}
                        submitLabel={`${item.number} speichern`}
                        fields={[
                          ...versioned,
                          { kind: "hidden", name: "itemId", value: item.id },
                          { kind: "text", name: "title", label: "Titel", required: true, defaultValue: item.title },
                          {
                            kind: "select",
                            name: "kind",
                            label: "Art",
                            required: true,
                            defaultValue: item.kind,
                            options: kindOptions,
                          },
                          {
                            kind: "textarea",
                            name: "description",
                            label: "Erläuterung",
                            defaultValue: item.description,
                          },
                          {
                            kind: "checkbox",
                            name: "isPublic",
                            label: "öffentlicher TOP",
                            defaultChecked: item.isPublic,
                          },
                        ]}
                      />
                      <ActionForm
                        id={`entfernen-${item.id}`}
                        className="mt-3"
                        action={removeAgendaItemAction.bind(null, slug)}
                        submitLabel={`${item.number} jetzt entfernen`}
                        confirm={{
                          summary: <>{item.number} entfernen …</>,
                          question: "Der TOP wird von der Tagesordnung genommen; die übrigen werden neu nummeriert.",
                        }}
                        fields={[...versioned, { kind: "hidden", name: "itemId", value: item.id }]}
                      />
                    </details>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {canWrite && (
          <section aria-labelledby="top-neu" className="mt-6 max-w-2xl">
            <h3 id="top-neu" className="text-xl font-semibold text-brand-800">
              Tagesordnungspunkt hinzufügen
            </h3>
            <ActionForm
              id="top"
              labelledBy="top-neu"
              className="mt-3"
              action={addAgendaItemAction.bind(null, slug)}
              submitLabel="TOP hinzufügen"
              resetOnSuccess
              fields={[
                ...versioned,
                { kind: "text", name: "title", label: "Titel", required: true },
                {
                  kind: "select",
                  name: "kind",
                  label: "Art",
                  required: true,
                  defaultValue: "INFORMATION",
                  options: kindOptions,
                },
                { kind: "textarea", name: "description", label: "Erläuterung" },
                { kind: "checkbox", name: "isPublic", label: "öffentlicher TOP", defaultChecked: meeting.isPublic },
              ]}
            />
          </section>
        )}
      </section>

      {invitationMails.length > 0 && (
        <section aria-labelledby="einladungen" className="mt-10">
          <h2 id="einladungen" className="text-2xl font-semibold text-brand-800">
            Einladungen
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm" data-testid="invitation-mails">
            {invitationMails.map((mail) => (
              <li key={mail.id}>
                {mail.toAddress}:{" "}
                {mail.status === "SENT" && mail.sentAt ? (
                  `versandt am ${dateFormat.format(mail.sentAt)} Uhr`
                ) : mail.status === "FAILED" ? (
                  <strong className="text-red-800">nicht zustellbar ({mail.lastError})</strong>
                ) : mail.attempts > 0 ? (
                  `wird erneut versucht (${mail.attempts} Versuche)`
                ) : (
                  "wartet auf Versand"
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="anwesenheit" className="mt-10">
        <h2 id="anwesenheit" className="text-2xl font-semibold text-brand-800">
          Anwesenheit und Beschlussfähigkeit
        </h2>
        <p
          className={`mt-2 font-semibold ${quorum.isQuorate ? "text-brand-800" : "text-red-800"}`}
          data-testid="quorum"
        >
          {quorum.statement}
        </p>
        {members.length > 0 && (
          <p className="mt-1 text-sm">
            <a href={`/${slug}/intern/sitzungen/${meeting.id}/anwesenheit.csv`} className="text-brand-700 underline">
              Anwesenheitsliste als CSV herunterladen
            </a>
          </p>
        )}
        {quorumRuleIsDefault && (
          <p className="text-sm text-muted">
            Im Vertrag ist keine Regel hinterlegt; es gilt: mehr als die Hälfte der stimmberechtigten Sitze,
            Stellvertretungen zählen.
          </p>
        )}
        {members.length === 0 ? (
          <p className="mt-2">Dem Gremium gehören am Sitzungstag keine Mitglieder an.</p>
        ) : canWrite ? (
          <ActionForm
            id="anwesenheit-form"
            labelledBy="anwesenheit"
            className="mt-3 max-w-2xl"
            action={recordAttendanceAction.bind(null, slug)}
            submitLabel="Anwesenheit speichern"
            fields={[
              { kind: "hidden", name: "meetingId", value: meeting.id },
              ...members.map((m) => ({
                kind: "select" as const,
                name: `status:${m.membershipId}`,
                label: `${m.name} (${m.category}${m.deputyOf ? `, Stellvertretung für ${m.deputyOf}` : m.hasVote ? "" : ", ohne Stimmrecht"})`,
                defaultValue: m.status ?? "",
                options: Object.entries(ATTENDANCE_LABEL).map(([value, label]) => ({ value, label })),
                placeholder: "— nicht erfasst —",
              })),
            ]}
          />
        ) : (
          <ul className="mt-3 list-disc pl-6">
            {members.map((m) => (
              <li key={m.membershipId}>
                {m.name} ({m.category}): {m.status ? ATTENDANCE_LABEL[m.status] : "nicht erfasst"}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
