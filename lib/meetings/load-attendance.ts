import "@/lib/core/server-only.ts";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/core/db/client.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { loadBodyComposition } from "@/lib/governance/load-composition.ts";
import { loadQuorumRule } from "@/lib/governance/load-quorum-rule.ts";
import { votingSeats } from "@/lib/governance/voting-seats.ts";
import { computeQuorum, type VotingSeat } from "./compute-quorum.ts";
import type { SeatStatus } from "./labels.ts";

export type { SeatStatus };

/**
 * Who sits in the body on the meeting day, their attendance, and the resulting Beschlussfähigkeit.
 * `members` lists every sitting membership (deputies too) with its own stored status; `seats` is
 * one row per seat (a membership that deputises for nobody) with the deputy who stood in for it,
 * as the attendance table shows and saves it. `revision` names the stored state, so a form can
 * refuse to save over a change it has not seen.
 */
export async function loadAttendance(
  tx: Tx,
  regionId: string,
  meeting: { id: string; bodyId: string; startsAt: Date },
) {
  const { agreementId, rules, memberships } = await loadBodyComposition(tx, regionId, meeting.bodyId, meeting.startsAt);
  const sitting = memberships.filter((m) => isSitting(m, meeting.startsAt));
  const attendance = await tx.attendance.findMany({
    where: { regionId, meetingId: meeting.id },
    orderBy: { membershipId: "asc" },
  });
  const recordOf = new Map(attendance.map((a) => [a.membershipId, a]));
  const statusOf = (id: string) => recordOf.get(id)?.status;
  const voting = votingSeats(rules, memberships, meeting.startsAt);
  const votingIds = new Set(voting.map(({ holder }) => holder.id));
  const seatsForQuorum: VotingSeat[] = voting.map(({ holder, deputies }) => ({
    membershipId: holder.id,
    present: statusOf(holder.id) === "PRESENT",
    presentDeputies: deputies.filter((d) => statusOf(d.id) === "PRESENT").length,
  }));
  const { rule, isDefault } = await loadQuorumRule(tx, regionId, agreementId, meeting.bodyId);
  const quorum = computeQuorum(rule, seatsForQuorum);
  const byId = new Map(sitting.map((m) => [m.id, m]));
  // A deputy whose principal no longer sits has a seat row of their own.
  const seatHolders = sitting.filter((m) => m.deputyOfId === null || !byId.has(m.deputyOfId));
  const seats = seatHolders.map((m) => {
    const deputies = sitting.filter((d) => d.deputyOfId === m.id);
    const own = statusOf(m.id);
    // Recorded as "vertreten" (excused, with the deputy named), or — as recorded before the
    // table existed — absent or excused with a deputy present.
    const stored = recordOf.get(m.id)?.representedById;
    const representedBy =
      own === "PRESENT"
        ? undefined
        : (deputies.find((d) => d.id === stored && statusOf(d.id) === "PRESENT") ??
          deputies.find((d) => statusOf(d.id) === "PRESENT"));
    const status: SeatStatus | null = representedBy ? "REPRESENTED" : (own ?? null);
    return {
      membershipId: m.id,
      name: m.personName,
      category: m.seatCategory.name,
      /** A voting seat as the quorum counts it (the member has a vote in a category with a vote). */
      isVotingSeat: votingIds.has(m.id),
      status,
      representedBy: representedBy ? { membershipId: representedBy.id, name: representedBy.personName } : null,
      deputies: deputies.map((d) => ({ membershipId: d.id, name: d.personName })),
    };
  });
  const revision = createHash("sha256")
    .update(JSON.stringify(attendance.map((a) => [a.membershipId, a.status, a.representedById])))
    .digest("hex")
    .slice(0, 16);
  return {
    members: sitting.map((m) => ({
      membershipId: m.id,
      name: m.personName,
      category: m.seatCategory.name,
      hasVote: m.hasVote,
      deputyOf: m.deputyOfId ? (byId.get(m.deputyOfId)?.personName ?? null) : null,
      status: statusOf(m.id) ?? null,
    })),
    seats,
    attendanceRevision: revision,
    quorum,
    quorumRuleIsDefault: isDefault,
  };
}
