import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import { canSeeLoop } from "@/lib/recommendations/recommendations.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { isAdopted } from "./labels.ts";

/**
 * One decision as its page shows it: counts, the history of its Berichtigungen (newest first),
 * the decision it amends or lifts, the decisions that amend or lift it, whether it is lifted,
 * and whether it may still be corrected (until the minutes of its meeting are approved).
 */
export async function getDecision(actor: Actor, decisionId: string) {
  if ((!canSeeLoop(actor) && !actor.can("offers.write")) || !isUuid(decisionId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const link = { select: { id: true, number: true, outcome: true, amendmentKind: true, decidedOn: true } };
    const d = await tx.decision.findUnique({
      where: { regionId_id: { regionId: actor.regionId, id: decisionId } },
      include: {
        meeting: { select: { id: true, title: true, minutes: { select: { status: true } } } },
        agendaItem: { select: { number: true, title: true } },
        fieldOfAction: { select: { name: true } },
        revisions: { orderBy: { createdAt: "desc" } },
        amends: link,
        amendedBy: { ...link, orderBy: [{ decidedOn: "asc" as const }, { number: "asc" as const }] },
      },
    });
    if (!d) throw new NotFoundError();
    const liftedBy = d.amendedBy.find((a) => a.amendmentKind === "REVOKES" && isAdopted(a.outcome)) ?? null;
    return {
      ...d,
      liftedBy,
      minutesApproved: d.meeting?.minutes?.status === "APPROVED",
      canCorrect: actor.can("decisions.write") && d.meeting?.minutes?.status !== "APPROVED",
    };
  });
}
