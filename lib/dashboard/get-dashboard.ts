import "@/lib/core/server-only.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { getCompositionHealth } from "@/lib/governance/get-composition-health.ts";
import { readableBodyIds } from "@/lib/meetings/access.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { pollsAwaitingVote } from "@/lib/voting/polls-awaiting-vote.ts";

const OPEN = ["OPEN", "IN_PROGRESS"] as const;
const assignmentSelect = { id: true, title: true, dueOn: true, status: true } as const;

/**
 * The dashboard by role. Everyone: their seats, polls awaiting their vote, the next meetings
 * of the bodies they may see, circulated minutes of those bodies (members: to review; office:
 * to have approved) and the assignments they own. The office (who plans meetings) also gets
 * all open assignments of the region and the composition check of every body – a member
 * sees no warnings about seats.
 */
export async function getDashboard(actor: Actor) {
  const { regionId, userId } = actor;
  const isOffice = actor.can("meetings.write");
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
    const [meetings, myAssignments, openAssignments, minutesToReview, polls] = await oneByOne(
      () =>
        tx.meeting.findMany({
          where: { regionId, deletedAt: null, status: { not: "CANCELLED" }, startsAt: { gte: now }, ...bodyFilter },
          orderBy: { startsAt: "asc" },
          take: 5,
          select: { id: true, title: true, startsAt: true, location: true, body: { select: { name: true } } },
        }),
      () =>
        person
          ? tx.assignment.findMany({
              where: { regionId, ownerId: person.id, status: { in: [...OPEN] } },
              orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
              take: 10,
              select: assignmentSelect,
            })
          : [],
      () =>
        isOffice
          ? tx.assignment.findMany({
              where: { regionId, status: { in: [...OPEN] } },
              orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
              take: 10,
              select: assignmentSelect,
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
    const withLight = (list: typeof myAssignments) =>
      list.map((a) => ({ ...a, overdue: a.dueOn !== null && a.dueOn < today }));
    return {
      isOffice,
      memberships: person?.memberships ?? [],
      meetings,
      myAssignments: withLight(myAssignments),
      openAssignments: withLight(openAssignments),
      minutesToReview,
      polls,
      composition: isOffice ? await getCompositionHealth(tx, regionId) : null,
    };
  });
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
