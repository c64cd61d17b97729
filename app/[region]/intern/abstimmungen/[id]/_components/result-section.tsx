import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
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
          fields={pollIdFields(poll.id)}
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
      {!programme && poll.method !== "YES_NO_ABSTAIN" && canManagePolls && (
        <AdoptProgrammeSection slug={slug} pollId={poll.id} />
      )}
    </section>
  );
}
