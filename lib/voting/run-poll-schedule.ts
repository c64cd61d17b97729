import "@/lib/core/server-only.ts";
import { inBody } from "@/lib/governance/in-body.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withoutRegion, withRegion, type Tx } from "@/lib/core/db/client.ts";
import { berlinDateTime } from "@/lib/core/format/berlin-dates.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { closePollInTx } from "./close-poll.ts";

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
        // another scheduler (a second process) may have closed it meanwhile: count only our close
        const result = await withRegion(regionId, (tx) => closePollInTx(tx, regionId, poll.id, null));
        if (result.auditId !== undefined) closed++;
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
      textBody: `Guten Tag ${p.givenName} ${p.familyName},\n\nfür Ihren Sitz ${inBody(poll.body.name)} ist zur Abstimmung „${poll.title}“ noch keine Stimme abgegeben. Die Abstimmung endet ${until}.\n\nZur Abstimmung: ${link}\n\nIhr Bildungsbüro ${poll.region.name}`,
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
