import type { Metadata } from "next";
import { DoneNotice } from "@/components/done-notice";
import { Markdown } from "@/components/markdown";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { BallotPanel } from "@/components/voting/ballot-panel";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { requireRegion } from "@/lib/tenancy/require-region";
import { getPoll } from "@/lib/voting/get-poll";
import { castBallotAction } from "../actions";
import { DraftSection } from "./_components/draft-section";
import { ParticipationSection } from "./_components/participation-section";
import { PollFacts } from "./_components/poll-facts";
import { PollOptions } from "./_components/poll-options";
import { ResultSection } from "./_components/result-section";

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
  const open = poll.status === "OPEN";
  const optionList = options.map((o) => ({ id: o.id, label: o.label }));
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/abstimmungen`}>Alle Abstimmungen</TextLink>
      </p>
      <DoneNotice message={notice} />
      <PageTitle className="mt-1">{poll.title}</PageTitle>
      <PollFacts slug={slug} poll={poll} agendaItem={agendaItem} />
      {poll.description && (
        <section aria-label="Vorlage" className="mt-4 max-w-3xl">
          <Markdown text={poll.description} />
        </section>
      )}
      {poll.method !== "YES_NO_ABSTAIN" && <PollOptions options={options} />}

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
        <DraftSection slug={slug} poll={poll} options={options} chooser={chooser} />
      )}

      {manages && poll.status !== "DRAFT" && participation && (
        <ParticipationSection slug={slug} poll={poll} participation={participation} voted={voted} open={open} />
      )}

      {result && (
        <ResultSection
          slug={slug}
          poll={poll}
          result={result}
          voteList={voteList}
          optionList={optionList}
          manages={manages}
          decision={decision}
          agendaItem={agendaItem}
          programme={programme}
          canManagePolls={context.can("polls.manage")}
        />
      )}
      {!result && poll.status === "CLOSED" && !manages && (
        <p className="mt-6">
          Die Abstimmung ist geschlossen. Das Ergebnis wird bekanntgegeben, sobald das Bildungsbüro es freigibt.
        </p>
      )}
    </>
  );
}
