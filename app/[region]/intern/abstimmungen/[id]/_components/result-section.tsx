import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { PollResultView } from "@/components/voting/poll-result";
import { describeChoice } from "@/lib/voting/describe-choice";
import type { getPoll } from "@/lib/voting/get-poll";
import { publishPollAction } from "../../actions";
import { AdoptProgrammeSection } from "./adopt-programme-section";
import { pollIdFields } from "./poll-id-fields";

type PollData = Awaited<ReturnType<typeof getPoll>>;

/** The result, the named votes, and what follows from it: publishing, the decision, the work programme. */
export function ResultSection({
  slug,
  poll,
  result,
  voteList,
  optionList,
  manages,
  decision,
  agendaItem,
  programme,
  canManagePolls,
}: {
  slug: string;
  poll: Pick<PollData["poll"], "id" | "status" | "method">;
  result: NonNullable<PollData["result"]>;
  voteList: PollData["voteList"];
  optionList: { id: string; label: string }[];
  manages: boolean;
  decision: PollData["decision"];
  agendaItem: PollData["agendaItem"];
  programme: PollData["programme"];
  canManagePolls: boolean;
}) {
  return (
    <section aria-labelledby="ergebnis-titel" className="mt-8">
      <SectionHeading size="medium" id="ergebnis-titel">
        Ergebnis
      </SectionHeading>
      <PollResultView result={result} />
      {voteList.length > 0 && (
        <details className="mt-3">
          <DisclosureSummary>Namentliche Stimmen</DisclosureSummary>
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
          fields={pollIdFields(poll.id)}
        />
      )}
      {decision && (
        <p className="mt-3">
          Beschluss <TextLink href={`/${slug}/intern/auftraege#beschluss-${decision.id}`}>{decision.number}</TextLink>{" "}
          übernimmt diese Stimmen.
        </p>
      )}
      {agendaItem && !decision && poll.method === "YES_NO_ABSTAIN" && manages && (
        <p className="mt-3">
          Den Beschluss erfassen Sie in der{" "}
          <TextLink href={`/${slug}/intern/sitzungen/${agendaItem.meeting.id}`}>Sitzung</TextLink>; die Stimmen werden
          übernommen.
        </p>
      )}
      {programme && (
        <p className="mt-3">
          Daraus beschlossen:{" "}
          <TextLink href={`/${slug}/intern/arbeitsprogramm/${programme.year}`}>
            Arbeitsprogramm {programme.year}
          </TextLink>
          .
        </p>
      )}
      {!programme && poll.method !== "YES_NO_ABSTAIN" && canManagePolls && (
        <AdoptProgrammeSection slug={slug} pollId={poll.id} />
      )}
    </section>
  );
}
