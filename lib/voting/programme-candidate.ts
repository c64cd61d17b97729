import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";

/**
 * For the empty work-programme page: the newest closed or published priority poll whose
 * result is not yet a work programme (the office can adopt it there), or null.
 */
export async function findProgrammeCandidate(actor: Actor): Promise<{ id: string; title: string } | null> {
  if (!actor.can("polls.manage")) return null;
  return withRegion(actor.regionId, (tx) =>
    tx.poll.findFirst({
      where: {
        regionId: actor.regionId,
        status: { in: ["CLOSED", "PUBLISHED"] },
        method: { not: "YES_NO_ABSTAIN" },
        workProgrammes: { none: {} },
      },
      orderBy: [{ closedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      select: { id: true, title: true },
    }),
  );
}
