import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** The actor's person in the region (the person row linked to their login), if any. */
export function personOf(tx: Tx, actor: Actor) {
  return tx.person.findUnique({
    where: { regionId_userId: { regionId: actor.regionId, userId: actor.userId } },
    select: { id: true, givenName: true, familyName: true },
  });
}

/** Bodies the actor chairs today (function CHAIR, membership running). */
export async function chairedBodyIds(tx: Tx, actor: Actor, personId: string | null): Promise<Set<string>> {
  if (!personId) return new Set();
  const rows = await tx.membership.findMany({
    where: { regionId: actor.regionId, personId, function: "CHAIR", endedAt: null, startsOn: { lte: new Date() } },
    select: { bodyId: true },
  });
  return new Set(rows.map((r) => r.bodyId));
}

/** Bodies the actor sits in today (as member or deputy). */
export async function memberBodyIds(tx: Tx, actor: Actor, personId: string | null): Promise<Set<string>> {
  if (!personId) return new Set();
  const rows = await tx.membership.findMany({
    where: { regionId: actor.regionId, personId, endedAt: null, startsOn: { lte: new Date() } },
    select: { bodyId: true },
  });
  return new Set(rows.map((r) => r.bodyId));
}

/** Office staff manage every poll; the chair of a body manages that body's polls. */
export async function canManagePolls(tx: Tx, actor: Actor, bodyId: string, personId?: string | null): Promise<boolean> {
  if (actor.can("polls.manage")) return true;
  const id = personId === undefined ? ((await personOf(tx, actor))?.id ?? null) : personId;
  return (await chairedBodyIds(tx, actor, id)).has(bodyId);
}

/**
 * A poll the actor may see: managers see it; members of its body see it once it is open.
 * Anything else answers "not found".
 */
export async function findVisiblePoll(tx: Tx, actor: Actor, pollId: string) {
  if (!isUuid(pollId)) throw new NotFoundError();
  const poll = await tx.poll.findUnique({
    where: { regionId_id: { regionId: actor.regionId, id: pollId } },
    include: { body: true },
  });
  if (!poll) throw new NotFoundError();
  const person = await personOf(tx, actor);
  const manages = await canManagePolls(tx, actor, poll.bodyId, person?.id ?? null);
  if (!manages) {
    const sitsIn = (await memberBodyIds(tx, actor, person?.id ?? null)).has(poll.bodyId);
    const seatInSnapshot =
      person && poll.status !== "DRAFT"
        ? await tx.pollVoter.count({
            where: { regionId: actor.regionId, pollId, OR: [{ personId: person.id }, { deputyPersonId: person.id }] },
          })
        : 0;
    if (poll.status === "DRAFT" || (!sitsIn && seatInSnapshot === 0)) throw new NotFoundError();
  }
  return { poll, person, manages };
}

/** For use cases that change a poll: the poll, if the actor manages it; otherwise not found. */
export async function findManagedPoll(tx: Tx, actor: Actor, pollId: string, lock = false) {
  if (!isUuid(pollId)) throw new NotFoundError();
  if (lock)
    await tx.$executeRaw`SELECT 1 FROM "Poll" WHERE "regionId" = ${actor.regionId}::uuid AND id = ${pollId}::uuid FOR NO KEY UPDATE`;
  const poll = await tx.poll.findUnique({
    where: { regionId_id: { regionId: actor.regionId, id: pollId } },
    include: { body: true, options: { orderBy: { position: "asc" } } },
  });
  if (!poll || !(await canManagePolls(tx, actor, poll.bodyId))) throw new NotFoundError();
  return poll;
}
