import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findManagedPoll } from "./access.ts";

/** Makes the frozen result visible to the members of the body. */
export async function publishPoll(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  return withRegion(actor.regionId, async (tx) => {
    const poll = await findManagedPoll(tx, actor, pollId, true);
    if (poll.status !== "CLOSED")
      throw new ConflictError(
        poll.status === "PUBLISHED"
          ? "Das Ergebnis ist bereits bekanntgegeben."
          : "Bekanntgegeben wird erst nach dem Schließen.",
      );
    const published = await tx.poll.update({
      where: { regionId_id: { regionId: actor.regionId, id: pollId } },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    const audit = await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "poll.published",
      entityType: "Poll",
      entityId: pollId,
      details: { title: poll.title },
    });
    return { ...published, auditId: audit.id };
  });
}
