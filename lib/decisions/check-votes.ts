import "@/lib/core/server-only.ts";
import { z } from "zod";
import type { Tx } from "@/lib/core/db/client.ts";
import { ConflictError, ValidationError } from "@/lib/core/errors.ts";
import { blankable, cleanText, wholeNumber } from "@/lib/core/validation/text.ts";
import type { PollResult } from "@/lib/voting/tally.ts";
import { checkVoteCounts } from "./check-vote-counts.ts";
import { loadVoteLimit } from "./load-vote-limit.ts";
import { isAdopted } from "./labels.ts";

const count = (label: string) => blankable(wholeNumber(label, { min: 0, max: 999 }), null);

/** The fields a decision is recorded and corrected with: wording, result, counts, reason. */
export const decisionFields = {
  text: cleanText("den Beschlusstext", { min: 5, max: 20_000 }),
  outcome: z.enum(["ADOPTED", "ADOPTED_AMENDED", "REJECTED", "DEFERRED"], {
    error: "Bitte wählen Sie das Ergebnis.",
  }),
  yesCount: count("die Ja-Stimmen"),
  noCount: count("die Nein-Stimmen"),
  abstainCount: count("die Enthaltungen"),
  reason: cleanText("die Begründung", { max: 5000 }),
};

type DecisionValues = {
  [K in keyof typeof decisionFields]: z.output<(typeof decisionFields)[K]>;
};

/** Counts complete or absent; a rejection gives its reason (yes versus no: checkVotes, after the poll). */
export function refineDecision(value: DecisionValues, ctx: z.RefinementCtx) {
  const given = [value.yesCount, value.noCount, value.abstainCount].filter((c) => c !== null).length;
  if (given > 0 && given < 3)
    ctx.addIssue({
      code: "custom",
      path: ["yesCount"],
      message: "Bitte geben Sie Ja, Nein und Enthaltungen vollständig an – oder keines davon.",
    });
  if (value.outcome === "REJECTED" && value.reason.length === 0)
    ctx.addIssue({ code: "custom", path: ["reason"], message: "Bitte begründen Sie die Ablehnung." });
}

type YesNoResult = Extract<PollResult, { method: "YES_NO_ABSTAIN" }>;

/** The latest yes/no poll on a TOP that is not a draft; a running one must be closed first. */
export async function closedPollOf(tx: Tx, regionId: string, agendaItemId: string) {
  const poll = await tx.poll.findFirst({
    where: { regionId, agendaItemId, method: "YES_NO_ABSTAIN", status: { not: "DRAFT" } },
    orderBy: { createdAt: "desc" },
  });
  if (poll?.status === "OPEN")
    throw new ConflictError("Die Abstimmung zu diesem Tagesordnungspunkt läuft noch. Bitte schließen Sie sie zuerst.");
  return poll ? { id: poll.id, title: poll.title, result: poll.result as unknown as YesNoResult } : null;
}

/**
 * Checks counts and result against the meeting: with a closed poll, typed counts must be the
 * poll's and the result must agree with it; otherwise the counts may not exceed the voting seats
 * present (or, without recorded attendance, the body's) and "angenommen" needs more Ja than Nein
 * votes. Returns the counts to store.
 */
export async function checkVotes(
  tx: Tx,
  regionId: string,
  meeting: { id: string; bodyId: string; startsAt: Date },
  poll: Awaited<ReturnType<typeof closedPollOf>>,
  data: Pick<DecisionValues, "outcome" | "yesCount" | "noCount" | "abstainCount">,
) {
  const counted = poll?.result ?? null;
  const countErrors = checkVoteCounts(
    { yes: data.yesCount, no: data.noCount, abstain: data.abstainCount },
    await loadVoteLimit(tx, regionId, meeting),
    counted ? { title: poll!.title, yes: counted.yes, no: counted.no, abstain: counted.abstain } : null,
  );
  if (countErrors) throw new ValidationError(countErrors);
  if (counted) {
    const adoptedOutcome = isAdopted(data.outcome);
    if (counted.adopted !== adoptedOutcome || data.outcome === "DEFERRED") {
      throw new ValidationError({
        outcome: [
          `Die Abstimmung „${poll!.title}“ hat ergeben: ${counted.statement} Bitte wählen Sie ${counted.adopted ? "„angenommen“ oder „geändert angenommen“" : "„abgelehnt“"}.`,
        ],
      });
    }
    return { yesCount: counted.yes, noCount: counted.no, abstainCount: counted.abstain };
  }
  // Typed counts: under every majority rule the portal knows (simple or two thirds, of yes+no,
  // present or entitled seats) an adopted motion has more yes than no votes; a tie is a rejection.
  const adopted = isAdopted(data.outcome);
  if (adopted && data.yesCount !== null && data.noCount !== null && data.yesCount <= data.noCount)
    throw new ValidationError({
      outcome: [
        `Mit ${data.yesCount} Ja- und ${data.noCount} Nein-Stimmen ist ein Antrag nicht angenommen: Dafür braucht er mehr Ja- als Nein-Stimmen. Bitte prüfen Sie das Ergebnis oder die Stimmen.`,
      ],
    });
  return { yesCount: data.yesCount, noCount: data.noCount, abstainCount: data.abstainCount };
}
