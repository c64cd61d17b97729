import type { Metadata } from "next";
import Link from "next/link";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { getDoneNotice } from "@/lib/audit/get-done-notice";
import { Markdown } from "@/components/markdown";
import { BallotPanel } from "@/components/voting/ballot-panel";
import { ParticipationLive } from "@/components/voting/participation-live";
import { PollResultView } from "@/components/voting/poll-result";
import { pollFields } from "@/components/voting/poll-fields";
import { orNotFound } from "@/lib/http/or-not-found";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { requireRegion } from "@/lib/tenancy/require-region";
import {
  MAJORITY_BASE_LABEL,
  MAJORITY_RULE_LABEL,
  METHOD_LABEL,
  POLL_STATUS_LABEL,
  SECRECY_LABEL,
} from "@/lib/voting/labels";
import { describeChoice } from "@/lib/voting/describe-choice";
import { getPoll } from "@/lib/voting/get-poll";
import {
  adoptProgrammeAction,
  castBallotAction,
  closePollAction,
  deletePollAction,
  openPollAction,
  publishPollAction,
  updatePollAction,
} from "../actions";

export const metadata: Metadata = { title: "Abstimmung" };

type Props = { params: Promise<{ region: string; id: string }>; searchParams: Promise<{ erledigt?: string }> };

export default async function PollPage({ params, searchParams }: Props) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view");
  const data = await orNotFound(getPoll(context.actor, id));
  const {
    poll,
    options,
    agendaItem,
    manages,
    mySeats,
    participation,
    decision,
    programme,
    chooser,
    voted,
    result,
    voteList,
  } = data;
  const hidden = [{ kind: "hidden" as const, name: "pollId", value: poll.id }];
  const open = poll.status === "OPEN";
  const optionList = options.map((o) => ({ id: o.id, label: o.label }));
  const nextYear = new Date().getFullYear() + 1;
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <p className="text-sm">
        <Link href={`/${slug}/intern/abstimmungen`} className="text-brand-700 underline">
          Alle Abstimmungen
        </Link>
      </p>
      <DoneNotice message={notice} />
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{poll.title}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Gremium</dt>
        <dd>{poll.body.name}</dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="status">{POLL_STATUS_LABEL[poll.status]}</dd>
        <dt className="font-semibold">Verfahren</dt>
        <dd>
          {METHOD_LABEL[poll.method]}, {SECRECY_LABEL[poll.secrecy]}
          {poll.allowChange ? ", Änderung bis zum Ende möglich" : ""}
        </dd>
        {poll.method === "YES_NO_ABSTAIN" && (
          <>
            <dt className="font-semibold">Mehrheit</dt>
            <dd>
              {MAJORITY_RULE_LABEL[poll.majorityRule]} {MAJORITY_BASE_LABEL[poll.majorityBase]}
            </dd>
          </>
        )}
        <dt className="font-semibold">Quorum</dt>
        <dd>
          {poll.requireQuorum
            ? poll.quorumRequired !== null
              ? `${poll.quorumRequired} von ${poll.entitledCount} Sitzen müssen abstimmen`
              : "Beschlussfähigkeit nach Kooperationsvertrag (wird beim Eröffnen festgestellt)"
            : "keines"}
        </dd>
        {agendaItem && (
          <>
            <dt className="font-semibold">Sitzung</dt>
            <dd>
              <Link href={`/${slug}/intern/sitzungen/${agendaItem.meeting.id}`} className="text-brand-700 underline">
                {agendaItem.meeting.title}
              </Link>
              , {agendaItem.number} {agendaItem.title}
            </dd>
          </>
        )}
        {poll.closesAt && (
          <>
            <dt className="font-semibold">Ende</dt>
            <dd>
              <time dateTime={poll.closesAt.toISOString()}>{berlinDateTime.format(poll.closesAt)} Uhr</time>
              {poll.reminderHours ? ` (Erinnerung ${poll.reminderHours} Stunden vorher)` : ""}
            </dd>
          </>
        )}
        {poll.closedAt && (
          <>
            <dt className="font-semibold">Geschlossen</dt>
            <dd>
              <time dateTime={poll.closedAt.toISOString()}>{berlinDateTime.format(poll.closedAt)} Uhr</time>
            </dd>
          </>
        )}
      </dl>
      {poll.description && (
        <section aria-label="Vorlage" className="mt-4 max-w-3xl">
          <Markdown text={poll.description} />
        </section>
      )}
      {poll.method !== "YES_NO_ABSTAIN" && (
        <section aria-labelledby="optionen" className="mt-4">
          <h2 id="optionen" className="text-xl font-semibold text-brand-800">
            Optionen
          </h2>
          <ol className="mt-1 list-decimal pl-6">
            {options.map((o) => (
              <li key={o.id}>
                {o.label}
                {o.fieldOfAction ? " (Handlungsfeld)" : ""}
              </li>
            ))}
          </ol>
        </section>
      )}

      {mySeats.map((seat) => (
        <BallotPanel
          key={seat.voterId}
          action={castBallotAction.bind(null, slug)}
          options={optionList}
          seat={seat}
          open={open}
          poll={{
            id: poll.id,
            title: poll.title,
            method: poll.method,
            secrecy: poll.secrecy,
            allowChange: poll.allowChange,
            maxChoices: poll.maxChoices,
            totalPoints: poll.totalPoints,
            maxPointsPerOption: poll.maxPointsPerOption,
          }}
        />
      ))}

      {manages && poll.status === "DRAFT" && chooser && (
        <section aria-labelledby="entwurf" className="mt-8 max-w-2xl">
          <h2 id="entwurf" className="text-xl font-semibold text-brand-800">
            Entwurf
          </h2>
          <p className="mt-1">
            Beim Eröffnen werden die stimmberechtigten Sitze des Gremiums festgestellt
            {poll.agendaItemId
              ? " (mit der erfassten Anwesenheit der Sitzung)"
              : " und alle Stimmberechtigten per E-Mail benachrichtigt"}
            . Danach lassen sich Regeln und Optionen nicht mehr ändern.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <ActionForm
              id="eroeffnen"
              action={openPollAction.bind(null, slug)}
              submitLabel="Abstimmung jetzt eröffnen"
              fields={hidden}
              confirm={{
                summary: "Abstimmung eröffnen …",
                question: "Die Abstimmung wird eröffnet; Regeln und Optionen sind danach fest.",
              }}
            />
            <ActionForm
              id="loeschen"
              action={deletePollAction.bind(null, slug)}
              submitLabel="Entwurf endgültig löschen"
              fields={hidden}
              confirm={{ summary: "Entwurf löschen …", question: `Der Entwurf „${poll.title}“ wird gelöscht.` }}
            />
          </div>
          <details className="mt-4">
            <summary className="cursor-pointer text-brand-800 underline">Entwurf bearbeiten</summary>
            <ActionForm
              id="entwurf-bearbeiten"
              className="mt-3"
              action={updatePollAction.bind(null, slug)}
              submitLabel="Entwurf speichern"
              fields={[
                ...hidden,
                ...pollFields({
                  bodies: [poll.body],
                  items: chooser.items,
                  fields: chooser.fields,
                  poll: { ...poll, options },
                }),
              ]}
            />
          </details>
        </section>
      )}

      {manages && poll.status !== "DRAFT" && participation && (
        <section aria-labelledby="beteiligung-titel" className="mt-8">
          <h2 id="beteiligung-titel" className="text-xl font-semibold text-brand-800">
            Beteiligung
          </h2>
          <ParticipationLive
            url={`/${slug}/intern/abstimmungen/${poll.id}/beteiligung`}
            voted={voted}
            entitled={poll.entitledCount ?? 0}
            open={open}
          />
          {open && (
            <p className="mt-1 text-sm">
              <Link href={`/${slug}/intern/abstimmungen/${poll.id}`} className="text-brand-700 underline">
                Ansicht aktualisieren
              </Link>
            </p>
          )}
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-800 underline">Wer hat abgestimmt?</summary>
            <table className="mt-2 border-collapse text-left text-sm">
              <caption className="text-left">
                Stimmberechtigte Sitze
                {poll.secrecy === "SECRET" ? " – bei geheimer Abstimmung nur, ob abgestimmt wurde" : ""}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="border px-2 py-1">
                    Sitz
                  </th>
                  <th scope="col" className="border px-2 py-1">
                    Stellvertretung
                  </th>
                  <th scope="col" className="border px-2 py-1">
                    Abgestimmt
                  </th>
                </tr>
              </thead>
              <tbody>
                {participation.map((p, i) => (
                  <tr key={i}>
                    <th scope="row" className="border px-2 py-1 font-normal">
                      {p.seat}
                      {p.holderMayVote ? "" : " (abwesend)"}
                    </th>
                    <td className="border px-2 py-1">{p.deputy || "–"}</td>
                    <td className="border px-2 py-1">{p.votedBy ? `ja (${p.votedBy})` : "nein"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {open && (
            <ActionForm
              id="schliessen"
              className="mt-4"
              action={closePollAction.bind(null, slug)}
              submitLabel="Abstimmung jetzt schließen"
              fields={hidden}
              confirm={{
                summary: "Abstimmung schließen …",
                question: `Danach wird keine Stimme mehr angenommen, und das Ergebnis wird festgeschrieben. Bisher haben ${voted} von ${poll.entitledCount} Sitzen abgestimmt.`,
              }}
            />
          )}
        </section>
      )}

      {result && (
        <section aria-labelledby="ergebnis-titel" className="mt-8">
          <h2 id="ergebnis-titel" className="text-xl font-semibold text-brand-800">
            Ergebnis
          </h2>
          <PollResultView result={result} />
          {voteList.length > 0 && (
            <details className="mt-3">
              <summary className="cursor-pointer text-brand-800 underline">Namentliche Stimmen</summary>
              <ul className="mt-2 list-disc pl-6">
                {voteList.map((v, i) => (
                  <li key={i}>
                    {v.name}: {describeChoice(v.choice, optionList)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {manages && poll.status === "CLOSED" && (
            <ActionForm
              id="bekanntgeben"
              className="mt-4"
              action={publishPollAction.bind(null, slug)}
              submitLabel="Ergebnis den Mitgliedern bekanntgeben"
              fields={hidden}
            />
          )}
          {decision && (
            <p className="mt-3">
              Beschluss{" "}
              <Link href={`/${slug}/intern/auftraege#beschluss-${decision.id}`} className="text-brand-700 underline">
                {decision.number}
              </Link>{" "}
              übernimmt diese Stimmen.
            </p>
          )}
          {agendaItem && !decision && poll.method === "YES_NO_ABSTAIN" && manages && (
            <p className="mt-3">
              Den Beschluss erfassen Sie in der{" "}
              <Link href={`/${slug}/intern/sitzungen/${agendaItem.meeting.id}`} className="text-brand-700 underline">
                Sitzung
              </Link>
              ; die Stimmen werden übernommen.
            </p>
          )}
          {programme && (
            <p className="mt-3">
              Daraus beschlossen:{" "}
              <Link href={`/${slug}/intern/arbeitsprogramm/${programme.year}`} className="text-brand-700 underline">
                Arbeitsprogramm {programme.year}
              </Link>
              .
            </p>
          )}
          {!programme && poll.method !== "YES_NO_ABSTAIN" && context.can("polls.manage") && (
            <section aria-labelledby="programm" className="mt-6 max-w-xl">
              <h3 id="programm" className="text-lg font-semibold">
                Als Arbeitsprogramm übernehmen
              </h3>
              <p className="text-sm">
                Die Rangfolge wird das Arbeitsprogramm des Jahres; zu jeder Priorität können Sie dort Aufträge erteilen.
              </p>
              <ActionForm
                id="arbeitsprogramm"
                className="mt-2"
                labelledBy="programm"
                action={adoptProgrammeAction.bind(null, slug)}
                submitLabel="Arbeitsprogramm beschließen"
                fields={[
                  ...hidden,
                  {
                    kind: "number",
                    name: "year",
                    label: "Jahr",
                    required: true,
                    min: 2020,
                    max: 2100,
                    defaultValue: String(nextYear),
                  },
                  {
                    kind: "text",
                    name: "title",
                    label: "Titel",
                    required: true,
                    defaultValue: `Arbeitsprogramm ${nextYear}`,
                  },
                ]}
              />
            </section>
          )}
        </section>
      )}
      {!result && poll.status === "CLOSED" && !manages && (
        <p className="mt-6">
          Die Abstimmung ist geschlossen. Das Ergebnis wird bekanntgegeben, sobald das Bildungsbüro es freigibt.
        </p>
      )}
    </>
  );
}
