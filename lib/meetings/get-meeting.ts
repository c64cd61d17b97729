import "@/lib/server-only.ts";
import { withRegion, type Tx } from "@/lib/db/client.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { loadBodyComposition } from "@/lib/governance/load-composition.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting, readableBodyIds } from "./access.ts";
import { loadQuorumRule, votingSeats } from "@/lib/governance/voting-seats.ts";
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

export async function getMeeting(actor: Actor, meetingId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const agenda = await tx.agendaItem.findMany({
      where: { regionId: actor.regionId, meetingId: meeting.id, deletedAt: null },
      orderBy: { position: "asc" },
      include: {
        decisions: { orderBy: { number: "asc" }, include: { fieldOfAction: { select: { name: true } } } },
        documents: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true, fileName: true, sizeBytes: true, isPublic: true },
        },
        polls: {
          orderBy: { createdAt: "asc" },
          select: { id: true, title: true, status: true, method: true, result: true },
        },
      },
    });
    const attendance = await loadAttendance(tx, actor.regionId, meeting);
    const fieldsOfAction = await tx.fieldOfAction.findMany({
      where: { regionId: actor.regionId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    });
    // The office sees what happened to the invitations (sent, waiting, undeliverable).
    const invitationMails = actor.can("meetings.write")
      ? await tx.outboxEmail.findMany({
          where: { regionId: actor.regionId, idempotencyKey: { startsWith: `meeting-invitation:${meeting.id}:` } },
          orderBy: [{ createdAt: "desc" }, { toAddress: "asc" }],
          select: {
            id: true,
            toAddress: true,
            status: true,
            attempts: true,
            lastError: true,
            sentAt: true,
            createdAt: true,
          },
        })
      : [];
    return { meeting, agenda, fieldsOfAction, invitationMails, ...attendance };
  });
}

/** Upcoming and past meetings the actor may see, newest past first. */
export async function listMeetings(actor: Actor) {
  return withRegion(actor.regionId, async (tx) => {
    const bodies = await readableBodyIds(tx, actor);
    const rows = await tx.meeting.findMany({
      where: { regionId: actor.regionId, deletedAt: null, ...(bodies === "all" ? {} : { bodyId: { in: bodies } }) },
      include: {
        body: { select: { name: true } },
        _count: { select: { agendaItems: { where: { deletedAt: null } } } },
      },
      orderBy: { startsAt: "asc" },
    });
    const now = Date.now();
    const bodiesForForm = await tx.body.findMany({
      where: { regionId: actor.regionId },
      select: { id: true, name: true, kind: true },
    });
    return {
      upcoming: rows.filter((m) => m.startsAt.getTime() >= now),
      past: rows.filter((m) => m.startsAt.getTime() < now).reverse(),
      bodies: bodiesForForm.sort((a, b) => a.name.localeCompare(b.name, "de")),
    };
  });
}
