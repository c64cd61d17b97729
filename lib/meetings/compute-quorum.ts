// Beschlussfähigkeit: is a body quorate, given its contract's quorum rule, its voting seats
// and who is present? Pure, so meetings, polls and minutes all count the same way.

export interface QuorumRuleInput {
  kind: "MORE_THAN_HALF" | "AT_LEAST_HALF" | "FRACTION";
  numerator: number;
  denominator: number;
  /** A present deputy counts for their absent principal. */
  deputiesCount: boolean;
}

export interface VotingSeat {
  /** The sitting member who holds the voting seat. */
  membershipId: string;
  present: boolean;
  /** Present deputies of this member (memberships whose deputyOfId is this seat). */
  presentDeputies: number;
}

export interface QuorumResult {
  votingSeats: number;
  /** Seats that count as present: members present, or represented by a present deputy. */
  represented: number;
  /** The smallest number of represented seats that makes the body quorate. */
  required: number;
  isQuorate: boolean;
  /** German sentence for the minutes. */
  statement: string;
}

/** The smallest count x of `seats` that satisfies the rule. Integer arithmetic only. */
export function requiredSeats(rule: QuorumRuleInput, seats: number): number {
  if (seats === 0) return 0;
  switch (rule.kind) {
    case "MORE_THAN_HALF":
      return Math.floor(seats / 2) + 1;
    case "AT_LEAST_HALF":
      return Math.ceil(seats / 2);
    case "FRACTION":
      // at least numerator/denominator of the seats: x * d >= n * seats
      return Math.ceil((rule.numerator * seats) / rule.denominator);
  }
}

export function computeQuorum(rule: QuorumRuleInput, seats: readonly VotingSeat[]): QuorumResult {
  const represented = seats.filter((s) => s.present || (rule.deputiesCount && s.presentDeputies > 0)).length;
  const required = requiredSeats(rule, seats.length);
  const isQuorate = seats.length > 0 && represented >= required;
  const statement =
    seats.length === 0
      ? "Die Beschlussfähigkeit kann nicht festgestellt werden: Das Gremium hat keine stimmberechtigten Sitze."
      : `Von ${seats.length} stimmberechtigten Sitzen ${represented === 1 ? "ist 1" : `sind ${represented}`} vertreten; erforderlich ${required === 1 ? "ist 1" : `sind ${required}`}. Das Gremium ist ${isQuorate ? "beschlussfähig" : "nicht beschlussfähig"}.`;
  return { votingSeats: seats.length, represented, required, isQuorate, statement };
}
