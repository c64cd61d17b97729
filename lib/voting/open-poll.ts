import "@/lib/core/server-only.ts";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import { berlinDateTime } from "@/lib/core/format/berlin-dates.ts";
import { loadBodyComposition } from "@/lib/governance/load-composition.ts";
import { loadQuorumRule } from "@/lib/governance/load-quorum-rule.ts";
import { votingSeats } from "@/lib/governance/voting-seats.ts";
import { requiredSeats } from "@/lib/meetings/compute-quorum.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { findManagedPoll } from "./access.ts";

/**
 * Opens a draft: takes the snapshot of who may vote — one row per voting seat of the body
 * at this moment, with the holder and a deputy. For a poll on a TOP whose meeting has
 * attendance recorded, the present holder votes, or a present deputy for an absent holder;
 * otherwise (Umlaufverfahren) the holder votes, or the deputy if the holder does not.
 * From now on the rules and options are fixed (database trigger).
 */
export async function openPoll(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const poll = await findManagedPoll(tx, actor, pollId, true);
    if (poll.status !== "DRAFT") throw new ConflictError("Die Abstimmung ist bereits eröffnet.");
    const now = new Date();
    if (poll.closesAt && poll.closesAt <= now)
      throw new ConflictError("Das Ende der Abstimmung liegt in der Vergangenheit. Bitte ändern Sie es im Entwurf.");
    if (poll.method !== "YES_NO_ABSTAIN" && poll.options.length < 2)
      throw new ConflictError("Bitte geben Sie mindestens zwei Optionen an.");

    const { agreementId, rules, memberships } = await loadBodyComposition(tx, regionId, poll.bodyId, now);
    const seats = votingSeats(rules, memberships, now);
    if (seats.length === 0)
      throw new ConflictError(
        "Das Gremium hat keine stimmberechtigten Sitze. Bitte prüfen Sie zuerst seine Besetzung.",
      );

    const meetingId = poll.agendaItemId
      ? (await tx.agendaItem.findUniqueOrThrow({ where: { regionId_id: { regionId, id: poll.agendaItemId } } }))
          .meetingId
      : null;
    const attendance = meetingId ? await tx.attendance.findMany({ where: { regionId, meetingId } }) : [];
    const present = new Set(attendance.filter((a) => a.status === "PRESENT").map((a) => a.membershipId));
    const inMeeting = attendance.length > 0;

    const voters = seats.map(({ holder, deputies }) => {
      const holderMayVote = inMeeting ? present.has(holder.id) : true;
      const deputy = inMeeting ? (holderMayVote ? undefined : deputies.find((d) => present.has(d.id))) : deputies[0];
      return {
        regionId,
        pollId,
        membershipId: holder.id,
        personId: holder.personId,
        holderMayVote,
        deputyMembershipId: deputy?.id ?? null,
        deputyPersonId: deputy?.personId ?? null,
      };
    });
    await tx.pollVoter.createMany({ data: voters });
    const { rule } = await loadQuorumRule(tx, regionId, agreementId, poll.bodyId);
    const opened = await tx.poll.update({
      where: { regionId_id: { regionId, id: pollId } },
      data: {
        status: "OPEN",
        openedAt: now,
        entitledCount: seats.length,
        quorumRequired: poll.requireQuorum ? requiredSeats(rule, seats.length) : null,
      },
    });

    // Between meetings everyone with a vote hears of it by e-mail.
    let notified = 0;
    if (!poll.agendaItemId && poll.closesAt) {
      const region = await tx.region.findUniqueOrThrow({ where: { id: regionId } });
      const people = await tx.person.findMany({
        where: { regionId, id: { in: voters.flatMap((v) => [v.personId, v.deputyPersonId ?? v.personId]) } },
      });
      const link = portalUrl(`/${region.slug}/intern/abstimmungen/${pollId}`);
      const until = `${berlinDateTime.format(poll.closesAt)} Uhr`;
      const mails = people
        .filter((p) => p.email)
        .map((p) => {
          const asDeputy = voters.some((v) => v.deputyPersonId === p.id) && !voters.some((v) => v.personId === p.id);
          return {
            regionId,
            idempotencyKey: `poll-opened:${pollId}:${p.id}`,
            toAddress: p.email,
            subject: `Abstimmung im Umlaufverfahren: ${poll.title} (bis ${until})`,
            textBody: `Guten Tag ${p.givenName} ${p.familyName},\n\n${poll.body.name} stimmt im Umlaufverfahren ab: „${poll.title}“.\n${asDeputy ? "Sie sind Stellvertretung: Ihre Stimme zählt, wenn das vertretene Mitglied nicht selbst abstimmt.\n" : ""}\nAbstimmen können Sie bis ${until} im Portal: ${link}\n\nIhr Bildungsbüro ${region.name}`,
          };
        });
      notified = (await tx.outboxEmail.createMany({ data: mails, skipDuplicates: true })).count;
    }
    const audit = await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "poll.opened",
      entityType: "Poll",
      entityId: pollId,
      details: { title: poll.title, entitled: seats.length, notified },
    });
    return { poll: opened, entitled: seats.length, notified, auditId: audit.id };
  });
}
