import "@/lib/core/server-only.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { getCompositionHealth } from "@/lib/governance/get-composition-health.ts";
import { readableBodyIds } from "@/lib/meetings/access.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { pollsAwaitingVote } from "@/lib/voting/polls-awaiting-vote.ts";

/**
 * The dashboard: the member's seats, open polls awaiting their vote, the next meetings they
 * may see, open and overdue assignments, minutes awaiting approval, and the composition check of every body.
 */
export async function getDashboard(actor: Actor) {
  const { regionId, userId } = actor;
  return withRegion(regionId, async (tx) => {
    const now = new Date();
    const person = await tx.person.findUnique({
      where: { regionId_userId: { regionId, userId } },
      select: {
        id: true,
        memberships: {
          where: { regionId, endedAt: null, startsOn: { lte: now } },
          select: {
            id: true,
            hasVote: true,
            function: true,
            body: { select: { id: true, name: true } },
            seatCategory: { select: { name: true } },
          },
        },
      },
    });
    const bodies = actor.can("meetings.read")
      ? await readableBodyIds(tx, actor)
      : (person?.memberships.map((m) => m.body.id) ?? []);
    const bodyFilter = bodies === "all" ? {} : { bodyId: { in: bodies } };
    const [meetings, assignments, minutesToApprove, polls] = await oneByOne(
      () =>
        tx.meeting.findMany({
          where: { regionId, deletedAt: null, status: { not: "CANCELLED" }, startsAt: { gte: now }, ...bodyFilter },
          orderBy: { startsAt: "asc" },
          take: 5,
          select: { id: true, title: true, startsAt: true, location: true, body: { select: { name: true } } },
        }),
      () =>
        actor.can("assignments.read")
          ? tx.assignment.findMany({
              where: { regionId, status: { in: ["OPEN", "IN_PROGRESS"] } },
              orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
              take: 10,
              select: { id: true, title: true, dueOn: true, status: true },
            })
          : [],
      () =>
        actor.can("meetings.read")
          ? tx.minutes.findMany({
              where: { regionId, status: "CIRCULATED", meeting: { deletedAt: null, ...bodyFilter } },
              select: { id: true, meeting: { select: { id: true, title: true } } },
            })
          : [],
      () => pollsAwaitingVote(tx, actor, person?.id ?? null),
    );
    const today = berlinToday(now);
    return {
      memberships: person?.memberships ?? [],
      meetings,
      assignments: assignments.map((a) => ({ ...a, overdue: a.dueOn !== null && a.dueOn < today })),
      minutesToApprove,
      polls,
      composition: await getCompositionHealth(tx, regionId),
    };
  });
}
