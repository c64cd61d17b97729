import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { loadBodyComposition } from "@/lib/governance/load-composition.ts";
import { loadQuorumRule } from "@/lib/governance/load-quorum-rule.ts";
import { votingSeats } from "@/lib/governance/voting-seats.ts";
import { computeQuorum, type VotingSeat } from "./compute-quorum.ts";

/** Who sits in the body on the meeting day, their attendance, and the resulting Beschlussfähigkeit. */
export async function loadAttendance(
  tx: Tx,
  regionId: string,
  meeting: { id: string; bodyId: string; startsAt: Date },
) {
  const { agreementId, rules, memberships } = await loadBodyComposition(tx, regionId, meeting.bodyId, meeting.startsAt);
  const sitting = memberships.filter((m) => isSitting(m, meeting.startsAt));
  const attendance = await tx.attendance.findMany({ where: { regionId, meetingId: meeting.id } });
  const statusOf = new Map(attendance.map((a) => [a.membershipId, a.status]));
  const seats: VotingSeat[] = votingSeats(rules, memberships, meeting.startsAt).map(({ holder, deputies }) => ({
    membershipId: holder.id,
    present: statusOf.get(holder.id) === "PRESENT",
    presentDeputies: deputies.filter((d) => statusOf.get(d.id) === "PRESENT").length,
  }));
  const { rule, isDefault } = await loadQuorumRule(tx, regionId, agreementId, meeting.bodyId);
  const quorum = computeQuorum(rule, seats);
  const byId = new Map(sitting.map((m) => [m.id, m]));
  return {
    members: sitting.map((m) => ({
      membershipId: m.id,
      name: m.personName,
      category: m.seatCategory.name,
      hasVote: m.hasVote,
      deputyOf: m.deputyOfId ? (byId.get(m.deputyOfId)?.personName ?? null) : null,
      status: statusOf.get(m.id) ?? null,
    })),
    quorum,
    quorumRuleIsDefault: isDefault,
  };
}
