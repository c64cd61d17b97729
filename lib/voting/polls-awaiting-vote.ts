import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";

/** Open polls in which one of the actor's seats has not voted yet (dashboard, list). */
export async function pollsAwaitingVote(tx: Tx, actor: Actor, personId: string | null) {
  if (!personId) return [];
  const seats = await tx.pollVoter.findMany({
    where: {
      regionId: actor.regionId,
      participation: null,
      poll: { status: "OPEN" },
      OR: [{ personId, holderMayVote: true }, { deputyPersonId: personId }],
    },
    include: { poll: { select: { id: true, title: true, closesAt: true, body: { select: { name: true } } } } },
  });
  const now = Date.now();
  const polls = new Map(
    seats.filter((s) => !s.poll.closesAt || s.poll.closesAt.getTime() > now).map((s) => [s.poll.id, s.poll]),
  );
  return [...polls.values()].sort((a, b) => (a.closesAt?.getTime() ?? Infinity) - (b.closesAt?.getTime() ?? Infinity));
}
