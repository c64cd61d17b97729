// The composition check of a body against the seat rules of its contract. Pure: it takes
// rules and memberships and a date, and says what is wrong. Used on the body pages, on the
// dashboard, by the supervisors' overview, and by addMembership to refuse over-quota seats.
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates.ts";

export interface SeatRuleInput {
  seatCategoryId: string;
  categoryName: string;
  minSeats: number;
  maxSeats: number | null;
  hasVote: boolean;
  isAdvisory: boolean;
}

export interface MembershipInput {
  id: string;
  personName: string;
  seatCategoryId: string;
  hasVote: boolean;
  startsOn: Date;
  endsOn: Date | null;
  endedAt: Date | null;
  deputyOfId: string | null;
}

export type IssueKind =
  | "VACANCY"
  | "OVER_QUOTA"
  | "NO_VOTE_IN_VOTING_SEAT"
  | "VOTE_IN_ADVISORY_SEAT"
  | "EXPIRED_TERM"
  | "MISSING_DEPUTY"
  | "NO_RULE";

export interface CompositionIssue {
  kind: IssueKind;
  severity: "error" | "warning";
  seatCategoryId: string;
  membershipId?: string;
  message: string;
}

export interface CategoryCount extends SeatRuleInput {
  /** Sitting principals (deputies are not counted in seats). */
  filled: number;
}

export interface CompositionReport {
  categories: CategoryCount[];
  /** Sitting principals in categories the contract has no rule for. */
  withoutRule: number;
  /** All sitting principals: the categories' counts plus those without a rule. */
  principals: number;
  deputies: number;
  /** Seats with a vote that are filled (advisory seats never vote). */
  votingMembers: number;
  issues: CompositionIssue[];
  isComplete: boolean;
}

/** A membership sits on `at` when it has started and the office has not ended it. */
export function isSitting(m: Pick<MembershipInput, "startsOn" | "endedAt">, at: Date): boolean {
  return m.startsOn.getTime() <= at.getTime() && (m.endedAt === null || m.endedAt.getTime() > at.getTime());
}

export function describeRule(rule: Pick<SeatRuleInput, "categoryName" | "minSeats" | "maxSeats">): string {
  if (rule.maxSeats === null)
    return rule.minSeats > 0
      ? `${rule.categoryName}: mindestens ${rule.minSeats}`
      : `${rule.categoryName}: beliebig viele`;
  if (rule.minSeats === rule.maxSeats) return `${rule.categoryName}: genau ${rule.maxSeats}`;
  return rule.minSeats > 0
    ? `${rule.categoryName}: ${rule.minSeats} bis ${rule.maxSeats}`
    : `${rule.categoryName}: bis zu ${rule.maxSeats}`;
}

export function checkComposition(
  rules: readonly SeatRuleInput[],
  memberships: readonly MembershipInput[],
  at: Date,
): CompositionReport {
  const sitting = memberships.filter((m) => isSitting(m, at));
  const principals = sitting.filter((m) => m.deputyOfId === null);
  const deputies = sitting.filter((m) => m.deputyOfId !== null);
  const ruleByCategory = new Map(rules.map((rule) => [rule.seatCategoryId, rule]));
  const issues: CompositionIssue[] = [];

  const categories: CategoryCount[] = rules.map((rule) => {
    const filled = principals.filter((m) => m.seatCategoryId === rule.seatCategoryId).length;
    if (filled < rule.minSeats) {
      const missing = rule.minSeats - filled;
      issues.push({
        kind: "VACANCY",
        severity: "warning",
        seatCategoryId: rule.seatCategoryId,
        message: `${rule.categoryName}: ${missing === 1 ? "1 Sitz ist" : `${missing} Sitze sind`} unbesetzt (Regel: ${describeRule(rule)}).`,
      });
    }
    if (rule.maxSeats !== null && filled > rule.maxSeats) {
      issues.push({
        kind: "OVER_QUOTA",
        severity: "error",
        seatCategoryId: rule.seatCategoryId,
        message: `${rule.categoryName}: ${filled} Mitglieder, erlaubt sind höchstens ${rule.maxSeats} (Regel: ${describeRule(rule)}).`,
      });
    }
    return { ...rule, filled };
  });

  const sittingIds = new Set(sitting.map((m) => m.id));
  const deputyFor = new Set(
    deputies.filter((d) => d.deputyOfId && sittingIds.has(d.deputyOfId)).map((d) => d.deputyOfId),
  );
  let withoutRule = 0;
  let votingMembers = 0;
  for (const member of principals) {
    const rule = ruleByCategory.get(member.seatCategoryId);
    if (!rule) {
      withoutRule++;
      issues.push({
        kind: "NO_RULE",
        severity: "warning",
        seatCategoryId: member.seatCategoryId,
        membershipId: member.id,
        message: `${member.personName}: Für diese Sitzkategorie gibt es im Vertrag keine Regel.`,
      });
      continue;
    }
    const votingSeat = rule.hasVote && !rule.isAdvisory;
    if (votingSeat && member.hasVote) votingMembers++;
    if (votingSeat && !member.hasVote) {
      issues.push({
        kind: "NO_VOTE_IN_VOTING_SEAT",
        severity: "warning",
        seatCategoryId: rule.seatCategoryId,
        membershipId: member.id,
        message: `${member.personName} (${rule.categoryName}) sitzt auf einem stimmberechtigten Sitz, hat aber kein Stimmrecht.`,
      });
    }
    if (!votingSeat && member.hasVote) {
      issues.push({
        kind: "VOTE_IN_ADVISORY_SEAT",
        severity: "error",
        seatCategoryId: rule.seatCategoryId,
        membershipId: member.id,
        message: `${member.personName} (${rule.categoryName}) hat Stimmrecht auf einem beratenden Sitz.`,
      });
    }
    if (votingSeat && !deputyFor.has(member.id)) {
      issues.push({
        kind: "MISSING_DEPUTY",
        severity: "warning",
        seatCategoryId: rule.seatCategoryId,
        membershipId: member.id,
        message: `${member.personName} (${rule.categoryName}) hat keine Stellvertretung.`,
      });
    }
  }
  for (const member of sitting) {
    if (member.endsOn && member.endsOn.getTime() < at.getTime()) {
      const category = ruleByCategory.get(member.seatCategoryId)?.categoryName ?? "ohne Regel";
      issues.push({
        kind: "EXPIRED_TERM",
        severity: "warning",
        seatCategoryId: member.seatCategoryId,
        membershipId: member.id,
        message: `Die Amtszeit von ${member.personName} (${category}) ist am ${dateFormat.format(member.endsOn)} abgelaufen.`,
      });
    }
  }

  const blocking = issues.some(
    (issue) =>
      issue.kind === "VACANCY" ||
      issue.kind === "OVER_QUOTA" ||
      issue.kind === "NO_RULE" ||
      issue.kind === "VOTE_IN_ADVISORY_SEAT",
  );
  return {
    categories,
    withoutRule,
    principals: principals.length,
    deputies: deputies.length,
    votingMembers,
    issues,
    isComplete: !blocking,
  };
}

/** Would one more principal in this category break its maximum? Returns the German refusal, or null. */
export function refusalForNewSeat(rule: SeatRuleInput | undefined, filled: number): string | null {
  if (!rule || rule.maxSeats === null || filled + 1 <= rule.maxSeats) return null;
  return `Kein Sitz mehr frei: Die Sitzregel „${describeRule(rule)}“ ist mit ${filled} Mitglied${filled === 1 ? "" : "ern"} ausgeschöpft.`;
}
