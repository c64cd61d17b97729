import { TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import type { getMeeting } from "@/lib/meetings/get-meeting";

type Decision = Awaited<ReturnType<typeof getMeeting>>["agenda"][number]["decisions"][number];

export function DecisionCard({ slug, decision: d }: { slug: string; decision: Decision }) {
  return (
    <div className="mt-2 rounded bg-brand-50 p-2 text-sm" data-testid="decision">
      <strong>
        <TextLink href={`/${slug}/intern/auftraege/beschluesse/${d.id}`}>Beschluss {d.number}</TextLink>:{" "}
        {OUTCOME_LABEL[d.outcome]}
      </strong>
      {d.yesCount !== null && (
        <>
          {" "}
          (Ja {d.yesCount}, Nein {d.noCount}, Enthaltung {d.abstainCount})
        </>
      )}
      {d.fieldOfAction && <> · {d.fieldOfAction.name}</>}
      <p className="mt-1 whitespace-pre-line wrap-anywhere">{d.text}</p>
      {d.reason && <p className="mt-1">Begründung: {d.reason}</p>}
    </div>
  );
}
