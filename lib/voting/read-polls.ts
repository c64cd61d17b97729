import "@/lib/server-only.ts";
import { mapOneByOne, oneByOne, withRegion, type Tx } from "@/lib/db/client.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { sortBodies } from "@/lib/regions/sort-bodies.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { chairedBodyIds, findVisiblePoll, memberBodyIds, personOf } from "./access.ts";
import { closePollInTx } from "./close-poll.ts";
import type { PollResult } from "./tally.ts";

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

/** Closes the actor's visible polls whose end has passed (the schedule may not have run yet). */
async function closeOverdue(tx: Tx, actor: Actor, pollIds: string[]) {
  for (const id of pollIds) await closePollInTx(tx, actor.regionId, id, null);
}

export async function listPolls(actor: Actor) {
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const person = await personOf(tx, actor);
    const personId = person?.id ?? null;
    const [chaired, member] = await oneByOne(
      () => chairedBodyIds(tx, actor, personId),
      () => memberBodyIds(tx, actor, personId),
    );
    const all = actor.can("polls.manage");
    const overdue = await tx.poll.findMany({
      where: { regionId, status: "OPEN", closesAt: { lte: new Date() } },
      select: { id: true },
    });
    await closeOverdue(
      tx,
      actor,
      overdue.map((p) => p.id),
    );
    const polls = await tx.poll.findMany({
      where: all
        ? { regionId }
        : {
            regionId,
            OR: [{ bodyId: { in: [...chaired] } }, { bodyId: { in: [...member] }, status: { not: "DRAFT" } }],
          },
      include: { body: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }],
    });
    const awaiting = await pollsAwaitingVote(tx, actor, personId);
    const bodies = all
      ? sortBodies(await tx.body.findMany({ where: { regionId, kind: { not: "OFFICE" } } }))
      : sortBodies(await tx.body.findMany({ where: { regionId, id: { in: [...chaired] } } }));
    const canCreate = bodies.length > 0;
    const choices = canCreate
      ? await loadPollFormChoices(
          tx,
          regionId,
          bodies.map((b) => b.id),
        )
      : null;
    return { polls, awaiting, bodies, canCreate, choices };
  });
}

/** What the poll form offers: the region's Handlungsfelder and the decision TOPs of coming meetings. */
export async function loadPollFormChoices(tx: Tx, regionId: string, bodyIds: string[]) {
  const [fields, items] = await oneByOne(
    () =>
      tx.fieldOfAction.findMany({
        where: { regionId },
        orderBy: { position: "asc" },
        select: { id: true, name: true },
      }),
    () =>
      tx.agendaItem.findMany({
        where: {
          regionId,
          deletedAt: null,
          kind: "DECISION",
          meeting: {
            deletedAt: null,
            bodyId: { in: bodyIds },
            status: { not: "CANCELLED" },
            startsAt: { gte: new Date(Date.now() - 30 * 86_400_000) },
          },
        },
        include: { meeting: { select: { title: true, startsAt: true, bodyId: true } } },
        orderBy: [{ meeting: { startsAt: "asc" } }, { position: "asc" }],
      }),
  );
  return {
    fields,
    items: items.map((i) => ({
      id: i.id,
      bodyId: i.meeting.bodyId,
      label: `${i.meeting.title}: ${i.number} ${i.title}`,
      startsAt: i.meeting.startsAt,
    })),
  };
}

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

/** Participation only, for the chair's live view. */
export async function getParticipation(actor: Actor, pollId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const { poll, manages } = await findVisiblePoll(tx, actor, pollId);
    if (!manages) return null;
    const voted = await tx.pollParticipation.count({ where: { regionId: actor.regionId, pollId } });
    return { status: poll.status, voted, entitled: poll.entitledCount ?? 0 };
  });
}
