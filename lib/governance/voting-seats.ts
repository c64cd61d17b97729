import "@/lib/core/server-only.ts";
import { isSitting } from "./check-composition.ts";
import type { SeatRuleInput } from "./check-composition.ts";

interface SeatMembership {
  id: string;
  deputyOfId: string | null;
  hasVote: boolean;
  seatCategoryId: string;
  startsOn: Date;
  endedAt: Date | null;
}

/**
 * The voting seats of a body at a moment, as meetings and polls count them: sitting members
 * (not deputies) with a vote, in a seat category the contract gives a vote; each with the
 * deputies sitting for it.
 */
export function votingSeats<M extends SeatMembership>(
  rules: readonly Pick<SeatRuleInput, "seatCategoryId" | "hasVote" | "isAdvisory">[],
  memberships: readonly M[],
  at: Date,
) {
  const sitting = memberships.filter((m) => isSitting(m, at));
  const votingCategories = new Set(rules.filter((r) => r.hasVote && !r.isAdvisory).map((r) => r.seatCategoryId));
  return sitting
    .filter((m) => m.deputyOfId === null && m.hasVote && votingCategories.has(m.seatCategoryId))
    .map((holder) => ({ holder, deputies: sitting.filter((d) => d.deputyOfId === holder.id) }));
}
