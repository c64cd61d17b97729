import "@/lib/core/server-only.ts";
import { mapOneByOne, oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findVisiblePoll } from "./access.ts";
import { closePollInTx } from "./close-poll.ts";
import { loadPollFormChoices } from "./poll-drafts.ts";
import type { PollResult } from "./tally.ts";

export async function getPoll(actor: Actor, pollId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const found = await findVisiblePoll(tx, actor, pollId);
    const { person, manages } = found;
    let { poll } = found;
    if (poll.status === "OPEN" && poll.closesAt && poll.closesAt <= new Date()) {
      await closePollInTx(tx, regionId, pollId, null);
      ({ poll } = await findVisiblePoll(tx, actor, pollId));
    }
    const [options, agendaItem, voters, decision, programme] = await oneByOne(
      () =>
        tx.pollOption.findMany({
          where: { regionId, pollId },
          orderBy: { position: "asc" },
          include: { fieldOfAction: { select: { name: true } } },
        }),
      () =>
        poll.agendaItemId
          ? tx.agendaItem.findUnique({
              where: { regionId_id: { regionId, id: poll.agendaItemId } },
              include: { meeting: { select: { id: true, title: true, startsAt: true } } },
            })
          : null,
      () =>
        tx.pollVoter.findMany({
          where: { regionId, pollId },
          include: { person: true, deputyPerson: true, participation: { include: { person: true } } },
        }),
      () => tx.decision.findFirst({ where: { regionId, pollId }, select: { id: true, number: true } }),
      () => tx.workProgramme.findFirst({ where: { regionId, pollId }, select: { id: true, year: true } }),
    );
    const nameOf = (p: { givenName: string; familyName: string; title: string } | null) => (p ? personName(p) : "");
    const mySeats = person
      ? await mapOneByOne(
          voters.filter((v) => (v.personId === person!.id && v.holderMayVote) || v.deputyPersonId === person!.id),
          async (v) => {
            const mine =
              poll.secrecy === "NAMED" && v.participation?.personId === person!.id
                ? await tx.namedBallot.findFirst({
                    where: { regionId, voterId: v.id },
                    orderBy: { revision: "desc" },
                    select: { choice: true, revision: true },
                  })
                : null;
            return {
              voterId: v.id,
              asDeputyFor: v.personId === person!.id ? null : nameOf(v.person),
              votedBy: v.participation
                ? v.participation.personId === person!.id
                  ? "Sie"
                  : nameOf(v.participation.person)
                : null,
              votedMyself: v.participation?.personId === person!.id,
              ballot: mine ? { choice: mine.choice as Record<string, unknown>, revision: mine.revision } : null,
            };
          },
        )
      : [];
    const participation = manages
      ? voters
          .map((v) => ({
            seat: nameOf(v.person),
            deputy: nameOf(v.deputyPerson),
            holderMayVote: v.holderMayVote,
            votedBy: v.participation ? nameOf(v.participation.person) : null,
          }))
          .sort((a, b) => a.seat.localeCompare(b.seat, "de"))
      : null;
    const showResult = poll.status === "PUBLISHED" || (poll.status === "CLOSED" && manages);
    const chooser = manages && poll.status === "DRAFT" ? await loadPollFormChoices(tx, regionId, [poll.bodyId]) : null;
    const namedBallots =
      showResult && poll.secrecy === "NAMED"
        ? await tx.$queryRaw<{ personId: string; choice: unknown }[]>`
            SELECT DISTINCT ON ("voterId") "personId", choice FROM "NamedBallot"
             WHERE "regionId" = ${regionId}::uuid AND "pollId" = ${pollId}::uuid ORDER BY "voterId", revision DESC`
        : [];
    const people = namedBallots.length
      ? await tx.person.findMany({ where: { regionId, id: { in: namedBallots.map((b) => b.personId) } } })
      : [];
    const voteList = namedBallots
      .map((b) => ({
        name: nameOf(people.find((p) => p.id === b.personId) ?? null),
        choice: b.choice as Record<string, unknown>,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "de"));
    return {
      poll,
      options,
      agendaItem,
      manages,
      mySeats,
      participation,
      decision,
      programme,
      chooser,
      voted: voters.filter((v) => v.participation).length,
      result: showResult ? (poll.result as unknown as PollResult) : null,
      voteList,
    };
  });
}
