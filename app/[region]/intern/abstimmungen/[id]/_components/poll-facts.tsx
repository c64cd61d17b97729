import Link from "next/link";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";
import {
  MAJORITY_BASE_LABEL,
  MAJORITY_RULE_LABEL,
  METHOD_LABEL,
  SECRECY_LABEL,
  POLL_STATUS_LABEL,
} from "@/lib/voting/labels";
import type { getPoll } from "@/lib/voting/get-poll";

type PollData = Awaited<ReturnType<typeof getPoll>>;

export function PollFacts({
  slug,
  poll,
  agendaItem,
}: {
  slug: string;
  poll: PollData["poll"];
  agendaItem: PollData["agendaItem"];
}) {
  return (
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
  );
}
