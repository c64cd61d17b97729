import "@/lib/core/server-only.ts";
import { oneByOne, withRegion, type Tx } from "@/lib/core/db/client.ts";
import { sortBodies } from "@/lib/regions/sort-bodies.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { chairedBodyIds, memberBodyIds, personOf } from "./access.ts";
import { closePollInTx } from "./close-poll.ts";
import { loadPollFormChoices } from "./poll-drafts.ts";
import { pollsAwaitingVote } from "./polls-awaiting-vote.ts";

/** Closes the actor's visible polls whose end has passed (the schedule may not have run yet). */
async function closeOverdue(tx: Tx, actor: Actor, pollIds: string[]) {
  for (const id of pollIds) await closePollInTx(tx, actor.regionId, id, null);
}

export async function listPolls(actor: Actor) {
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const person = await personOf(tx, actor);
    const personId = person?.id ?? null;
    const [chaired, member] = await oneByOne(
      () => chairedBodyIds(tx, actor, personId),
      () => memberBodyIds(tx, actor, personId),
    );
    const all = actor.can("polls.manage");
    const overdue = await tx.poll.findMany({
      where: { regionId, status: "OPEN", closesAt: { lte: new Date() } },
      select: { id: true },
    });
    await closeOverdue(
      tx,
      actor,
      overdue.map((p) => p.id),
    );
    const polls = await tx.poll.findMany({
      where: all
        ? { regionId }
        : {
            regionId,
            OR: [{ bodyId: { in: [...chaired] } }, { bodyId: { in: [...member] }, status: { not: "DRAFT" } }],
          },
      include: { body: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }],
    });
    const awaiting = await pollsAwaitingVote(tx, actor, personId);
    const bodies = all
      ? sortBodies(await tx.body.findMany({ where: { regionId, kind: { not: "OFFICE" } } }))
      : sortBodies(await tx.body.findMany({ where: { regionId, id: { in: [...chaired] } } }));
    const canCreate = bodies.length > 0;
    const choices = canCreate
      ? await loadPollFormChoices(
          tx,
          regionId,
          bodies.map((b) => b.id),
        )
      : null;
    return { polls, awaiting, bodies, canCreate, choices };
  });
}
