import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/**
 * Office staff see every meeting of the region; other members only those of bodies in
 * which they hold a sitting seat (or deputy seat). Anything else: not found.
 */
export async function readableBodyIds(tx: Tx, actor: Actor): Promise<string[] | "all"> {
  if (actor.can("meetings.write")) return "all";
  if (!actor.can("meetings.read")) throw new NotFoundError();
  const person = await tx.person.findUnique({
    where: { regionId_userId: { regionId: actor.regionId, userId: actor.userId } },
    select: { memberships: { where: { endedAt: null, startsOn: { lte: new Date() } }, select: { bodyId: true } } },
  });
  return [...new Set(person?.memberships.map((m) => m.bodyId) ?? [])];
}

/** The meeting by id in the actor's region, if the actor may see it. */
export async function findReadableMeeting(tx: Tx, actor: Actor, meetingId: string) {
  if (!isUuid(meetingId)) throw new NotFoundError();
  const meeting = await tx.meeting.findUnique({
    where: { regionId_id: { regionId: actor.regionId, id: meetingId } },
    include: { body: true },
  });
  if (!meeting || meeting.deletedAt) throw new NotFoundError();
  const bodies = await readableBodyIds(tx, actor);
  if (bodies !== "all" && !bodies.includes(meeting.bodyId)) throw new NotFoundError();
  return meeting;
}
