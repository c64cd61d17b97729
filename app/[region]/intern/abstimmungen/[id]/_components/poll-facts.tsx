import { DateTime } from "@/components/ui/date-time";
import { Detail, DetailList } from "@/components/ui/detail-list";
import { TextLink } from "@/components/ui/text-link";
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
    <DetailList className="mt-3">
      <Detail term="Gremium">{poll.body.name}</Detail>
      <Detail term="Status" data-testid="status">
        {POLL_STATUS_LABEL[poll.status]}
      </Detail>
      <Detail term="Verfahren">
        {METHOD_LABEL[poll.method]}, {SECRECY_LABEL[poll.secrecy]}
        {poll.allowChange ? ", Änderung bis zum Ende möglich" : ""}
      </Detail>
      {poll.method === "YES_NO_ABSTAIN" && (
        <Detail term="Mehrheit">
          {MAJORITY_RULE_LABEL[poll.majorityRule]} {MAJORITY_BASE_LABEL[poll.majorityBase]}
        </Detail>
      )}
      <Detail term="Quorum">
        {poll.requireQuorum
          ? poll.quorumRequired !== null
            ? `${poll.quorumRequired} von ${poll.entitledCount} Sitzen müssen abstimmen`
            : "Beschlussfähigkeit nach Kooperationsvertrag (wird beim Eröffnen festgestellt)"
          : "keines"}
      </Detail>
      {agendaItem && (
        <Detail term="Sitzung">
          <TextLink href={`/${slug}/intern/sitzungen/${agendaItem.meeting.id}`}>{agendaItem.meeting.title}</TextLink>,{" "}
          {agendaItem.number} {agendaItem.title}
        </Detail>
      )}
      {poll.closesAt && (
        <Detail term="Ende">
          <DateTime value={poll.closesAt} />
          {poll.reminderHours ? ` (Erinnerung ${poll.reminderHours} Stunden vorher)` : ""}
        </Detail>
      )}
      {poll.closedAt && (
        <Detail term="Geschlossen">
          <DateTime value={poll.closedAt} />
        </Detail>
      )}
    </DetailList>
  );
}
