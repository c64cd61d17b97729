import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findVisiblePoll } from "./access.ts";

/** Participation only, for the chair's live view. */
export async function getParticipation(actor: Actor, pollId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const { poll, manages } = await findVisiblePoll(tx, actor, pollId);
    if (!manages) return null;
    const voted = await tx.pollParticipation.count({ where: { regionId: actor.regionId, pollId } });
    return { status: poll.status, voted, entitled: poll.entitledCount ?? 0 };
  });
}
