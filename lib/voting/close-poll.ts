import "@/lib/server-only.ts";
import { recordAudit } from "@/lib/audit/record-audit.ts";
import { withoutRegion, withRegion, type Prisma, type Tx } from "@/lib/db/client.ts";
import { ConflictError } from "@/lib/errors.ts";
import { berlinDateTime } from "@/lib/format/berlin-dates.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { portalUrl } from "@/lib/site-origin.ts";
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

/**
 * The poll timetable, run every few seconds by `npm start` (and by `npm run polls:due` from
 * cron): closes polls whose end has passed and queues the reminder e-mails that are due.
 */
export async function runPollSchedule(now = new Date()) {
  const regions = await withoutRegion((tx) => tx.region.findMany({ select: { id: true } }));
  let closed = 0;
  let reminded = 0;
  for (const { id: regionId } of regions) {
    const due = await withRegion(regionId, (tx) =>
      tx.poll.findMany({
        where: {
          regionId,
          status: "OPEN",
          OR: [{ closesAt: { lte: now } }, { reminderHours: { not: null }, reminderSentAt: null }],
        },
        select: { id: true, closesAt: true, reminderHours: true },
      }),
    );
    for (const poll of due) {
      if (poll.closesAt && poll.closesAt <= now) {
        await withRegion(regionId, (tx) => closePollInTx(tx, regionId, poll.id, null));
        closed++;
      } else if (
        poll.closesAt &&
        poll.reminderHours &&
        poll.closesAt.getTime() - poll.reminderHours * 3_600_000 <= now.getTime()
      ) {
        reminded += await withRegion(regionId, (tx) => queueReminders(tx, regionId, poll.id));
      }
    }
  }
  return { closed, reminded };
}

/** One reminder to every seat that has not voted (holder and deputy), once per poll. */
async function queueReminders(tx: Tx, regionId: string, pollId: string): Promise<number> {
  const claimed = await tx.poll.updateMany({
    where: { regionId, id: pollId, status: "OPEN", reminderSentAt: null },
    data: { reminderSentAt: new Date() },
  });
  if (claimed.count === 0) return 0;
  const poll = await tx.poll.findUniqueOrThrow({
    where: { regionId_id: { regionId, id: pollId } },
    include: { body: true, region: true },
  });
  const open = await tx.pollVoter.findMany({
    where: { regionId, pollId, participation: null },
    include: { person: true, deputyPerson: true },
  });
  const until = `${berlinDateTime.format(poll.closesAt!)} Uhr`;
  const link = portalUrl(`/${poll.region.slug}/intern/abstimmungen/${pollId}`);
  const people = open
    .flatMap((v) => [v.holderMayVote ? v.person : null, v.deputyPerson])
    .filter((p): p is NonNullable<typeof p> => !!p?.email);
  const { count } = await tx.outboxEmail.createMany({
    skipDuplicates: true,
    data: people.map((p) => ({
      regionId,
      idempotencyKey: `poll-reminder:${pollId}:${p.id}`,
      toAddress: p.email,
      subject: `Erinnerung: Abstimmung „${poll.title}“ endet ${until}`,
      textBody: `Guten Tag ${p.givenName} ${p.familyName},\n\nfür Ihren Sitz in ${poll.body.name} ist zur Abstimmung „${poll.title}“ noch keine Stimme abgegeben. Die Abstimmung endet ${until}.\n\nZur Abstimmung: ${link}\n\nIhr Bildungsbüro ${poll.region.name}`,
    })),
  });
  await recordAudit(tx, {
    regionId,
    actorId: null,
    action: "poll.reminded",
    entityType: "Poll",
    entityId: pollId,
    details: { recipients: count },
  });
  return count;
}
