// Are the typed counts of a decision possible? Pure, so the rule is tested without a database.
import type { FieldErrors } from "@/lib/core/validation/text.ts";

export interface VoteCounts {
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

/** How many votes a decision can have: the voting seats present, or else all voting seats of the body. */
export interface VoteLimit {
  seats: number;
  /** "attendance": seats represented in the recorded attendance; "body": no attendance recorded. */
  basis: "attendance" | "body";
}

export interface ClosedPollCounts {
  title: string;
  yes: number;
  no: number;
  abstain: number;
}

const votes = (n: number) => (n === 1 ? "1 Stimme" : `${n} Stimmen`);

/**
 * Ja + Nein + Enthaltungen may not exceed the seats that could vote; with a closed poll on the
 * TOP, typed counts must be the poll's. Returns German messages for the count fields, or null.
 * A body without any voting seats (no seat rules yet) gives no limit to check against.
 */
export function checkVoteCounts(
  counts: VoteCounts,
  limit: VoteLimit,
  poll: ClosedPollCounts | null,
): FieldErrors | null {
  if (counts.yes === null || counts.no === null || counts.abstain === null) return null;
  if (poll) {
    if (counts.yes === poll.yes && counts.no === poll.no && counts.abstain === poll.abstain) return null;
    return {
      yesCount: [
        `Die Abstimmung „${poll.title}“ hat Ja ${poll.yes}, Nein ${poll.no}, Enthaltung ${poll.abstain} ergeben. Bitte tragen Sie dieselben Zahlen ein oder lassen Sie die Felder leer.`,
      ],
    };
  }
  const total = counts.yes + counts.no + counts.abstain;
  if (limit.seats === 0 || total <= limit.seats) return null;
  const seats =
    limit.basis === "attendance"
      ? `${limit.seats === 1 ? "ist nur 1 stimmberechtigter Sitz" : `sind nur ${limit.seats} stimmberechtigte Sitze`} vertreten (laut Anwesenheit, Stellvertretungen mitgezählt)`
      : `hat nur ${limit.seats === 1 ? "1 stimmberechtigten Sitz" : `${limit.seats} stimmberechtigte Sitze`} (Anwesenheit noch nicht erfasst)`;
  const where = limit.basis === "attendance" ? `In der Sitzung ${seats}` : `Das Gremium ${seats}`;
  return {
    yesCount: [`Ja, Nein und Enthaltungen ergeben zusammen ${votes(total)}. ${where}.`],
  };
}
