import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Prisma, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findManagedPoll } from "./access.ts";
import { lockPollForClose } from "./poll-lock.ts";
import { tally } from "./tally.ts";

/**
 * Closes an open poll in the caller's transaction and freezes its result. The exclusive poll
 * lock waits for every ballot transaction in flight (they hold it shared) and holds back
 * later ones; the ballots are then read in fresh statements, so the tally holds exactly the
 * ballots that committed before the close. Secret ballots are mixed first (see migration "voting").
 * Idempotent: a poll that is no longer open is returned as it is.
 */
export async function closePollInTx(tx: Tx, regionId: string, pollId: string, actorId: string | null) {
  await lockPollForClose(tx, pollId);
  await tx.$executeRaw`SELECT 1 FROM "Poll" WHERE "regionId" = ${regionId}::uuid AND id = ${pollId}::uuid FOR NO KEY UPDATE`;
  const poll = await tx.poll.findUniqueOrThrow({
    where: { regionId_id: { regionId, id: pollId } },
    include: { options: { orderBy: { position: "asc" } } },
  });
  if (poll.status !== "OPEN") return { ...poll, auditId: undefined };
  if (poll.secrecy === "SECRET") await tx.$queryRaw`SELECT app_mix_secret_ballots(${regionId}::uuid, ${pollId}::uuid)`;
  const ballots =
    poll.secrecy === "SECRET"
      ? await tx.secretBallot.findMany({ where: { regionId, pollId }, select: { choice: true } })
      : await tx.$queryRaw<{ choice: unknown }[]>`
          SELECT DISTINCT ON ("voterId") choice FROM "NamedBallot"
           WHERE "regionId" = ${regionId}::uuid AND "pollId" = ${pollId}::uuid
           ORDER BY "voterId", revision DESC`;
  const votedCount = await tx.pollParticipation.count({ where: { regionId, pollId } });
  if (votedCount !== ballots.length)
    throw new Error(`Poll ${pollId}: ${votedCount} participations but ${ballots.length} ballots`);
  const result = tally(
    {
      method: poll.method,
      options: poll.options,
      optionIds: poll.options.map((o) => o.id),
      maxChoices: poll.maxChoices,
      totalPoints: poll.totalPoints,
      maxPointsPerOption: poll.maxPointsPerOption,
      majorityRule: poll.majorityRule,
      majorityBase: poll.majorityBase,
      entitled: poll.entitledCount ?? 0,
      quorumRequired: poll.quorumRequired,
    },
    ballots.map((b) => b.choice),
  );
  const closed = await tx.poll.update({
    where: { regionId_id: { regionId, id: pollId } },
    data: { status: "CLOSED", closedAt: new Date(), votedCount, result: result as unknown as Prisma.InputJsonValue },
    include: { options: { orderBy: { position: "asc" } } },
  });
  const audit = await recordAudit(tx, {
    regionId,
    actorId,
    action: "poll.closed",
    entityType: "Poll",
    entityId: pollId,
    details: { title: poll.title, voted: votedCount, entitled: poll.entitledCount },
  });
  return { ...closed, auditId: audit.id as string | undefined };
}

export async function closePoll(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  return withRegion(actor.regionId, async (tx) => {
    const poll = await findManagedPoll(tx, actor, pollId);
    if (poll.status !== "OPEN") throw new ConflictError("Die Abstimmung ist nicht offen.");
    return closePollInTx(tx, actor.regionId, pollId, actor.userId);
  });
}
