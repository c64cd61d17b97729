import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { loadBodyComposition } from "@/lib/governance/load-composition.ts";
import { votingSeats } from "@/lib/governance/voting-seats.ts";
import type { VoteLimit } from "./check-vote-counts.ts";

/**
 * The voting seats that could have voted in a meeting: with recorded attendance, the seats whose
 * member or a deputy of the member was present; without, every voting seat of the body.
 */
export async function loadVoteLimit(
  tx: Tx,
  regionId: string,
  meeting: { id: string; bodyId: string; startsAt: Date },
): Promise<VoteLimit> {
  const { rules, memberships } = await loadBodyComposition(tx, regionId, meeting.bodyId, meeting.startsAt);
  const seats = votingSeats(rules, memberships, meeting.startsAt);
  const attendance = await tx.attendance.findMany({ where: { regionId, meetingId: meeting.id } });
  if (attendance.length === 0) return { seats: seats.length, basis: "body" };
  const present = new Set(attendance.filter((a) => a.status === "PRESENT").map((a) => a.membershipId));
  const representedByDeputy = new Set(attendance.filter((a) => a.representedById).map((a) => a.membershipId));
  const represented = seats.filter(
    ({ holder, deputies }) =>
      present.has(holder.id) || representedByDeputy.has(holder.id) || deputies.some((d) => present.has(d.id)),
  ).length;
  return { seats: represented, basis: "attendance" };
}
