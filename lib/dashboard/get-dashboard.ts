import "server-only";
import { withRegion } from "@/lib/db/client.ts";
import { compositionHealth } from "@/lib/governance/get-composition-health.ts";

/** The dashboard of a member: their seats in the region's bodies and their next meetings. */
export async function getDashboard(regionId: string, userId: string, seesAllMeetings: boolean) {
  return withRegion(regionId, async (tx) => {
    const person = await tx.person.findUnique({
      where: { regionId_userId: { regionId, userId } },
      select: {
        id: true,
        memberships: {
          where: { regionId, endedAt: null, startsOn: { lte: new Date() } },
          select: { id: true, hasVote: true, function: true, body: { select: { id: true, name: true } }, seatCategory: { select: { name: true } } },
        },
      },
    });
    const bodyIds = person?.memberships.map((m) => m.body.id) ?? [];
    const meetings = await tx.meeting.findMany({
      where: {
        regionId,
        deletedAt: null,
        status: { not: "CANCELLED" },
        startsAt: { gte: new Date() },
        ...(seesAllMeetings ? {} : { bodyId: { in: bodyIds } }),
      },
      orderBy: { startsAt: "asc" },
      take: 5,
      select: { id: true, title: true, startsAt: true, location: true, body: { select: { name: true } } },
    });
    return { memberships: person?.memberships ?? [], meetings, composition: await compositionHealth(tx, regionId) };
  }, { userId });
}
