import { SectionHeading } from "@/components/ui/section-heading";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import type { getDecision } from "@/lib/decisions/get-decision";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";

type Decision = Awaited<ReturnType<typeof getDecision>>;

/** Berichtigungen: every earlier version of the decision, newest first, with who corrected it, when and why. */
export function DecisionHistory({ decision: d }: { decision: Decision }) {
  if (d.revisions.length === 0) return null;
  return (
    <section aria-labelledby="verlauf" className="mt-8 max-w-3xl">
      <SectionHeading size="medium" id="verlauf">
        Verlauf der Berichtigungen
      </SectionHeading>
      <ol className="mt-2 space-y-3" data-testid="decision-history">
        {d.revisions.map((r) => (
          <li key={r.id} className="rounded border border-gray-300 p-3">
            <p className="font-semibold">
              Berichtigt am {berlinDateTimeShort.format(r.createdAt)}
              {r.correctedBy && <> von {r.correctedBy}</>}
            </p>
            <p className="mt-1">Grund: {r.correction}</p>
            <p className="mt-2 text-sm">
              Vorherige Fassung: {OUTCOME_LABEL[r.outcome]}
              {r.yesCount !== null && (
                <>
                  {" "}
                  (Ja {r.yesCount}, Nein {r.noCount}, Enthaltung {r.abstainCount})
                </>
              )}
            </p>
            <p className="mt-1 text-sm whitespace-pre-line wrap-anywhere">{r.text}</p>
            {r.reason && <p className="mt-1 text-sm">Begründung: {r.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
