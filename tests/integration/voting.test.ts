import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { sqlState } from "../../lib/core/db/errors.ts";
import { createAssignment } from "../../lib/decisions/assignments.ts";
import { recordDecision } from "../../lib/decisions/record-decision.ts";
import { getDashboard } from "../../lib/dashboard/get-dashboard.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../lib/core/errors.ts";
import { addAgendaItem } from "../../lib/meetings/agenda.ts";
import { createMeeting } from "../../lib/meetings/create-meeting.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { utcToBerlinLocal } from "../../lib/core/validation/berlin-time.ts";
import { ALREADY_VOTED, CLOSED, castBallot } from "../../lib/voting/cast-ballot.ts";
import { closePoll } from "../../lib/voting/close-poll.ts";
import { publishPoll } from "../../lib/voting/publish-poll.ts";
import { runPollSchedule } from "../../lib/voting/run-poll-schedule.ts";
import { openPoll } from "../../lib/voting/open-poll.ts";
import { createPoll, deleteDraftPoll, updateDraftPoll } from "../../lib/voting/poll-drafts.ts";
import { getParticipation } from "../../lib/voting/get-participation.ts";
import { getPoll } from "../../lib/voting/get-poll.ts";
import { listPolls } from "../../lib/voting/list-polls.ts";
import type { PollResult } from "../../lib/voting/tally.ts";
import { adoptWorkProgramme, getWorkProgramme } from "../../lib/voting/work-programme.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { votingBody } from "../support/voting.ts";
import { dateFromNow } from "../support/clock.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let regionId: string;

beforeAll(async () => {
  regions = await twoRegions();
  regionId = regions.a.region.id;
  lead = await actorFor(regionId, regions.a.user.id);
});

const inDays = (days: number) => utcToBerlinLocal(new Date(Date.now() + days * 86_400_000));
const yesNo = (bodyId: string, extra: Record<string, unknown> = {}) => ({
  bodyId,
  title: "Beschlussvorlage Sprachförderung",
  description: "Der Lenkungskreis beschließt …",
  method: "YES_NO_ABSTAIN",
  secrecy: "NAMED",
  majorityRule: "SIMPLE",
  majorityBase: "YES_NO",
  requireQuorum: "on",
  closesAt: inDays(7),
  ...extra,
});
const seatOf = async (pollId: string, personId: string) =>
  withRegion(regionId, (tx) =>
    tx.pollVoter.findFirstOrThrow({ where: { pollId, OR: [{ personId }, { deputyPersonId: personId }] } }),
  );
const vote = async (actor: Actor, pollId: string, personId: string, fields: Record<string, unknown>) =>
  castBallot(actor, { pollId, voterId: (await seatOf(pollId, personId)).id, ...fields });

describe("poll lifecycle", () => {
  it("a draft can change; once open, its options and rules are fixed by the database", async () => {
    const { body, members } = await votingBody(regionId, 5);
    const poll = await createPoll(lead, {
      ...yesNo(body.id),
      method: "APPROVAL",
      maxChoices: "2",
      options: "Sprachkurse für Eltern\nMINT-Tag",
      [`field:${regions.a.fields[0]!.id}`]: "on",
    });
    const updated = await updateDraftPoll(lead, {
      ...yesNo(body.id),
      pollId: poll.id,
      method: "APPROVAL",
      maxChoices: "1",
      options: "Sprachkurse für Eltern\nMINT-Tag\nLeseclub",
    });
    expect(updated.maxChoices).toBe(1);
    expect((await getPoll(lead, poll.id)).options.map((o) => o.label)).toEqual([
      "Sprachkurse für Eltern",
      "MINT-Tag",
      "Leseclub",
    ]);
    // members do not see drafts
    await expect(getPoll(members[0]!.actor, poll.id)).rejects.toBeInstanceOf(NotFoundError);

    const opened = await openPoll(lead, { pollId: poll.id });
    expect(opened).toMatchObject({ entitled: 5, poll: { status: "OPEN", entitledCount: 5, quorumRequired: 3 } });
    await expect(
      updateDraftPoll(lead, {
        ...yesNo(body.id),
        pollId: poll.id,
        method: "APPROVAL",
        maxChoices: "1",
        options: "A\nB",
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteDraftPoll(lead, { pollId: poll.id })).rejects.toBeInstanceOf(ConflictError);
    // Even bypassing the use cases, the database keeps options and rules.
    const direct = (work: Parameters<typeof withRegion>[1]) =>
      withRegion(regionId, work).then(
        () => "ok",
        (e) => sqlState(e),
      );
    expect(
      await direct((tx) =>
        tx.pollOption.create({ data: { regionId, pollId: poll.id, position: 9, label: "Nachgeschoben" } }),
      ),
    ).toBe("23514");
    expect(
      await direct((tx) => tx.pollOption.updateMany({ where: { pollId: poll.id }, data: { label: "Umbenannt" } })),
    ).toBe("23514");
    expect(
      await direct((tx) =>
        tx.poll.update({ where: { regionId_id: { regionId, id: poll.id } }, data: { maxChoices: 3 } }),
      ),
    ).toBe("23514");
    // Umlaufverfahren: every voter was told by e-mail
    const mails = await withRegion(regionId, (tx) =>
      tx.outboxEmail.count({ where: { idempotencyKey: { startsWith: `poll-opened:${poll.id}` } } }),
    );
    expect(mails).toBe(5);
  });

  it("counts a yes/no poll, freezes the result at close and never changes it", async () => {
    const { body, members } = await votingBody(regionId, 5);
    const poll = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: poll.id });
    const choices = ["YES", "YES", "NO", "ABSTAIN"];
    for (const [i, v] of choices.entries()) await vote(members[i]!.actor, poll.id, members[i]!.personId, { vote: v });
    await expect(vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "NO" })).rejects.toThrow(ALREADY_VOTED);
    await expect(vote(members[4]!.actor, poll.id, members[4]!.personId, { vote: "VIELLEICHT" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    // the chair's view: participation live, no result yet
    const live = await getPoll(lead, poll.id);
    expect(live).toMatchObject({ voted: 4, result: null });
    expect(live.participation!.filter((p) => p.votedBy)).toHaveLength(4);

    const closed = await closePoll(lead, { pollId: poll.id });
    const result = closed.result as unknown as PollResult;
    expect(result).toMatchObject({
      method: "YES_NO_ABSTAIN",
      yes: 2,
      no: 1,
      abstain: 1,
      cast: 4,
      entitled: 5,
      adopted: true,
      quorum: { required: 3, reached: true },
    });
    expect(closed).toMatchObject({ votedCount: 4, entitledCount: 5 });
    await expect(vote(members[4]!.actor, poll.id, members[4]!.personId, { vote: "YES" })).rejects.toThrow(CLOSED);
    // members see the result only once it is published
    expect((await getPoll(members[1]!.actor, poll.id)).result).toBeNull();
    await publishPoll(lead, { pollId: poll.id });
    expect((await getPoll(members[1]!.actor, poll.id)).result).toMatchObject({ yes: 2 });
    expect((await getPoll(members[1]!.actor, poll.id)).voteList.map((v) => v.choice)).toHaveLength(4);
    // frozen: the database refuses any change of result or counts
    const attempt = await withRegion(regionId, (tx) =>
      tx.poll.update({ where: { regionId_id: { regionId, id: poll.id } }, data: { votedCount: 5 } }),
    ).catch((e) => sqlState(e));
    expect(attempt).toBe("23514");
    const again = await withRegion(regionId, (tx) =>
      tx.poll.findUniqueOrThrow({ where: { regionId_id: { regionId, id: poll.id } } }),
    );
    expect(again.result).toEqual(closed.result);
  });

  it("closes by itself at its end, and reminds those who have not voted once, beforehand", async () => {
    const { body, members } = await votingBody(regionId, 3);
    const poll = await createPoll(lead, { ...yesNo(body.id), reminderHours: "24" });
    await openPoll(lead, { pollId: poll.id });
    await vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "YES" });
    const closesAt = (await getPoll(lead, poll.id)).poll.closesAt!;
    await runPollSchedule(new Date(closesAt.getTime() - 25 * 3_600_000));
    const reminders = () =>
      withRegion(regionId, (tx) =>
        tx.outboxEmail.findMany({ where: { idempotencyKey: { startsWith: `poll-reminder:${poll.id}` } } }),
      );
    expect(await reminders()).toHaveLength(0);
    await runPollSchedule(new Date(closesAt.getTime() - 23 * 3_600_000));
    await runPollSchedule(new Date(closesAt.getTime() - 22 * 3_600_000));
    expect((await reminders()).map((m) => m.toAddress).sort()).toEqual(
      [members[1]!, members[2]!].map((m) => `mitglied${m.i + 1}@test.example`).sort(),
    );
    await runPollSchedule(new Date(closesAt.getTime() + 1000));
    expect((await getPoll(lead, poll.id)).poll).toMatchObject({ status: "CLOSED", votedCount: 1 });
  });
});

describe("who may vote", () => {
  it("the snapshot at opening decides: later members and ended memberships are refused; deputies vote for their seat", async () => {
    const { body, category, members, deputies } = await votingBody(regionId, 3, { deputies: 1 });
    const poll = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: poll.id });
    // a member added after the opening has no seat in this poll
    const late = await votingBody(regionId, 1);
    await withRegion(regionId, (tx) =>
      tx.membership.create({
        data: {
          regionId,
          bodyId: body.id,
          personId: late.members[0]!.personId,
          seatCategoryId: category.id,
          startsOn: new Date("2024-01-01"),
        },
      }),
    );
    await expect(
      castBallot(late.members[0]!.actor, {
        pollId: poll.id,
        voterId: (await seatOf(poll.id, members[1]!.personId)).id,
        vote: "YES",
      }),
    ).rejects.toThrow("nicht stimmberechtigt");
    // a member removed after the opening is refused
    await withRegion(regionId, (tx) =>
      tx.membership.update({
        where: { regionId_id: { regionId, id: members[2]!.membershipId } },
        data: { endedAt: new Date() },
      }),
    );
    await expect(vote(members[2]!.actor, poll.id, members[2]!.personId, { vote: "YES" })).rejects.toThrow(
      "Mitgliedschaft im Gremium ist beendet",
    );
    // the deputy of member 1 votes for that seat; afterwards the seat has voted
    await vote(deputies[0]!.actor, poll.id, deputies[0]!.personId, { vote: "NO" });
    await expect(vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "YES" })).rejects.toThrow(
      "Sie haben bereits abgestimmt: Für diesen Sitz hat Ihre Stellvertretung",
    );
    // someone else's seat cannot be used
    await expect(
      castBallot(members[1]!.actor, {
        pollId: poll.id,
        voterId: (await seatOf(poll.id, members[0]!.personId)).id,
        vote: "YES",
      }),
    ).rejects.toThrow("nicht stimmberechtigt");
  });

  it("in a meeting with attendance, the present deputy votes instead of the absent holder", async () => {
    const { body, members, deputies } = await votingBody(regionId, 2, { deputies: 1 });
    const meeting = await createMeeting(lead, {
      bodyId: body.id,
      title: "Sitzung AK",
      startsAt: inDays(0).slice(0, 10) + "T00:01",
      location: "Raum 1",
    });
    const item = await addAgendaItem(lead, { meetingId: meeting.id, version: "1", title: "Vorlage", kind: "DECISION" });
    await withRegion(regionId, (tx) =>
      tx.attendance.createMany({
        data: [
          { regionId, meetingId: meeting.id, membershipId: members[0]!.membershipId, status: "ABSENT" },
          { regionId, meetingId: meeting.id, membershipId: deputies[0]!.membershipId, status: "PRESENT" },
          { regionId, meetingId: meeting.id, membershipId: members[1]!.membershipId, status: "PRESENT" },
        ],
      }),
    );
    const poll = await createPoll(lead, { ...yesNo(body.id), agendaItemId: item.id, closesAt: "" });
    await openPoll(lead, { pollId: poll.id });
    await expect(vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "YES" })).rejects.toThrow(
      "nicht stimmberechtigt",
    );
    await vote(deputies[0]!.actor, poll.id, deputies[0]!.personId, { vote: "YES" });
    await vote(members[1]!.actor, poll.id, members[1]!.personId, { vote: "YES" });
    // the decision takes the poll's counts, only after the close, and must agree with it
    await expect(
      recordDecision(lead, { agendaItemId: item.id, text: "Der AK beschließt die Vorlage.", outcome: "ADOPTED" }),
    ).rejects.toThrow("läuft noch");
    await closePoll(lead, { pollId: poll.id });
    await expect(
      recordDecision(lead, {
        agendaItemId: item.id,
        text: "Der AK lehnt die Vorlage ab.",
        outcome: "REJECTED",
        reason: "Kein Geld.",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    // typed counts must be the poll's (issue 20); left blank, the poll's are taken
    await expect(
      recordDecision(lead, {
        agendaItemId: item.id,
        text: "Der AK beschließt die Vorlage.",
        outcome: "ADOPTED",
        yesCount: "9",
        noCount: "9",
        abstainCount: "9",
      }),
    ).rejects.toMatchObject({ fieldErrors: { yesCount: [expect.stringContaining("Ja 2, Nein 0, Enthaltung 0")] } });
    const decision = await recordDecision(lead, {
      agendaItemId: item.id,
      text: "Der AK beschließt die Vorlage.",
      outcome: "ADOPTED",
    });
    expect(decision).toMatchObject({ yesCount: 2, noCount: 0, abstainCount: 0, pollId: poll.id });
  });

  it("a named vote can be changed until the close if the poll allows it; the latest revision counts", async () => {
    const { body, members } = await votingBody(regionId, 3);
    const poll = await createPoll(lead, { ...yesNo(body.id), allowChange: "on" });
    await openPoll(lead, { pollId: poll.id });
    const first = await vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "YES" });
    const changed = await vote(members[0]!.actor, poll.id, members[0]!.personId, {
      vote: "NO",
      revision: String(first.revision),
    });
    expect(changed).toMatchObject({ changed: true, revision: 2 });
    await expect(
      vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "ABSTAIN", revision: "1" }),
    ).rejects.toThrow("inzwischen");
    const closed = await closePoll(lead, { pollId: poll.id });
    expect(closed.result).toMatchObject({ yes: 0, no: 1, cast: 1 });
    await expect(createPoll(lead, { ...yesNo(body.id), secrecy: "SECRET", allowChange: "on" })).rejects.toMatchObject({
      fieldErrors: { allowChange: [expect.stringContaining("geheime Stimme")] },
    });
  });
});

describe("integrity under concurrency", () => {
  it("20 concurrent ballots of the same voter: exactly one is stored, the others hear 'bereits abgestimmt'", async () => {
    const { body, members } = await votingBody(regionId, 3);
    const poll = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: poll.id });
    const voterId = (await seatOf(poll.id, members[0]!.personId)).id;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        castBallot(members[0]!.actor, { pollId: poll.id, voterId, vote: i % 2 ? "YES" : "NO" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const reasons = results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => (r.reason as Error).message);
    expect(reasons).toEqual(Array(19).fill(ALREADY_VOTED));
    const stored = await withRegion(regionId, async (tx) => [
      await tx.namedBallot.count({ where: { pollId: poll.id } }),
      await tx.pollParticipation.count({ where: { pollId: poll.id } }),
    ]);
    expect(stored).toEqual([1, 1]);
  });

  it("50 ballots racing a close: the frozen tally equals exactly the ballots that committed before it", async () => {
    for (const secrecy of ["NAMED", "SECRET"]) {
      const { body, members } = await votingBody(regionId, 50);
      const poll = await createPoll(lead, { ...yesNo(body.id), secrecy });
      await openPoll(lead, { pollId: poll.id });
      const seats = await withRegion(regionId, (tx) => tx.pollVoter.findMany({ where: { pollId: poll.id } }));
      const seatOfPerson = new Map(seats.map((s) => [s.personId, s.id]));
      // ballots arrive over ~200 ms (a pool of 10 connections would otherwise queue the close behind all of them)
      const casts = members.map((m, i) =>
        new Promise((r) => setTimeout(r, i * 4))
          .then(() =>
            castBallot(m.actor, {
              pollId: poll.id,
              voterId: seatOfPerson.get(m.personId),
              vote: i % 3 === 0 ? "NO" : "YES",
            }),
          )
          .then((): string => (i % 3 === 0 ? "NO" : "YES")),
      );
      // the close starts after ~100 ms, while ballots are in flight
      const close = new Promise((r) => setTimeout(r, 100)).then(() => closePoll(lead, { pollId: poll.id }));
      const [settled, closed] = await Promise.all([Promise.allSettled(casts), close]);
      const committed = settled
        .filter((r): r is PromiseFulfilledResult<string> => r.status === "fulfilled")
        .map((r) => r.value);
      const refused = settled.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(refused.every((r) => (r.reason as Error).message === CLOSED)).toBe(true);
      expect(committed.length + refused.length).toBe(50);
      // a real race: some ballots made it, some came too late
      expect(committed.length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      const result = closed.result as unknown as Extract<PollResult, { method: "YES_NO_ABSTAIN" }>;
      expect({ yes: result.yes, no: result.no, cast: result.cast, voted: closed.votedCount }).toEqual({
        yes: committed.filter((v) => v === "YES").length,
        no: committed.filter((v) => v === "NO").length,
        cast: committed.length,
        voted: committed.length,
      });
      const table = secrecy === "SECRET" ? "SecretBallot" : "NamedBallot";
      const [{ n }] = (await withRegion(regionId, (tx) =>
        tx.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "${table}" WHERE "pollId" = $1::uuid`,
          poll.id,
        ),
      )) as [{ n: number }];
      expect(n).toBe(committed.length);
    }
  });
});

describe("secret ballots", () => {
  it("the secret-ballot table has no column, key or order that links a choice to a voter", async () => {
    const columns = await withRegion(
      regionId,
      (tx) =>
        tx.$queryRaw<
          { column_name: string; data_type: string }[]
        >`SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_name = 'SecretBallot' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["regionId", "id", "pollId", "choice"]);
    expect(columns.some((c) => c.data_type.includes("timestamp") || c.data_type.includes("serial"))).toBe(false);
    const references = await withRegion(
      regionId,
      (tx) =>
        tx.$queryRaw<
          { target: string }[]
        >`SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conrelid = '"SecretBallot"'::regclass AND contype = 'f' ORDER BY 1`,
    );
    expect(references.map((r) => r.target)).toEqual(['"Poll"', '"Region"']);
    const participationColumns = await withRegion(
      regionId,
      (tx) =>
        tx.$queryRaw<
          { column_name: string }[]
        >`SELECT column_name::text FROM information_schema.columns WHERE table_name = 'PollParticipation' ORDER BY ordinal_position`,
    );
    expect(participationColumns.map((c) => c.column_name).sort()).toEqual([
      "id",
      "personId",
      "pollId",
      "regionId",
      "voterId",
    ]);
  });

  it("at the close the ballots are rewritten: new ids, the closer's transaction, same choices", async () => {
    const { body, members } = await votingBody(regionId, 6);
    const poll = await createPoll(lead, { ...yesNo(body.id), secrecy: "SECRET" });
    await openPoll(lead, { pollId: poll.id });
    const choices = ["YES", "NO", "YES", "ABSTAIN", "YES"];
    for (const [i, v] of choices.entries()) await vote(members[i]!.actor, poll.id, members[i]!.personId, { vote: v });
    const xmins = (table: string) =>
      withRegion(regionId, (tx) =>
        tx.$queryRawUnsafe<{ id: string; x: string; choice: { vote: string } }[]>(
          `SELECT id::text, xmin::text AS x, ${table === "SecretBallot" ? "choice" : "NULL AS choice"} FROM "${table}" WHERE "pollId" = $1::uuid`,
          poll.id,
        ),
      );
    const before = await xmins("SecretBallot");
    const participations = await xmins("PollParticipation");
    // while open, each ballot shares its transaction with a participation row — the link the close removes
    expect(before.every((b) => participations.some((p) => p.x === b.x))).toBe(true);
    await closePoll(lead, { pollId: poll.id });
    const after = await xmins("SecretBallot");
    expect(after.map((b) => b.choice.vote).sort()).toEqual([...choices].sort());
    expect(new Set(after.map((b) => b.x)).size).toBe(1);
    expect(after.some((b) => participations.some((p) => p.x === b.x))).toBe(false);
    expect(after.some((b) => before.some((o) => o.id === b.id))).toBe(false);
    // the result is the same count
    expect((await getPoll(lead, poll.id)).result).toMatchObject({ yes: 3, no: 1, abstain: 1 });
    // the chair sees who took part, never how
    expect((await getPoll(lead, poll.id)).voteList).toEqual([]);
  });

  it("the app role can neither change nor remove ballots or participations", async () => {
    const { body, members } = await votingBody(regionId, 2);
    const named = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: named.id });
    await vote(members[0]!.actor, named.id, members[0]!.personId, { vote: "YES" });
    const attempt = (work: Parameters<typeof withRegion>[1]) =>
      withRegion(regionId, work).then(
        () => "ok",
        (e) => sqlState(e),
      );
    expect(
      await attempt((tx) =>
        tx.namedBallot.updateMany({ where: { pollId: named.id }, data: { choice: { vote: "NO" } } }),
      ),
    ).toBe("42501");
    expect(await attempt((tx) => tx.namedBallot.deleteMany({ where: { pollId: named.id } }))).toBe("42501");
    expect(await attempt((tx) => tx.secretBallot.deleteMany({}))).toBe("42501");
    expect(await attempt((tx) => tx.secretBallot.updateMany({ data: { choice: {} } }))).toBe("42501");
    expect(await attempt((tx) => tx.pollParticipation.deleteMany({ where: { pollId: named.id } }))).toBe("42501");
    expect(await attempt((tx) => tx.pollVoter.deleteMany({ where: { pollId: named.id } }))).toBe("42501");
    // and a ballot for a closed poll is refused by the database itself
    await closePoll(lead, { pollId: named.id });
    expect(
      await attempt((tx) => tx.secretBallot.create({ data: { regionId, pollId: named.id, choice: { vote: "YES" } } })),
    ).toBe("23514");
  });
});

describe("priorities and the work programme", () => {
  it("a ranking poll yields a ranked list the office adopts as the year's work programme, with assignments", async () => {
    const { body, members } = await votingBody(regionId, 4);
    const [f1, f2, f3] = regions.a.fields;
    const poll = await createPoll(lead, {
      ...yesNo(body.id),
      title: "Prioritäten 2027",
      method: "RANKING",
      options: "",
      [`field:${f1!.id}`]: "on",
      [`field:${f2!.id}`]: "on",
      [`field:${f3!.id}`]: "on",
    });
    await openPoll(lead, { pollId: poll.id });
    const options = (await getPoll(lead, poll.id)).options.map((o) => o.id);
    const [a, b, c] = options as [string, string, string];
    const rank = (order: string[]) => Object.fromEntries(order.map((id, i) => [`rank:${id}`, String(i + 1)]));
    await vote(members[0]!.actor, poll.id, members[0]!.personId, rank([c, a, b]));
    await vote(members[1]!.actor, poll.id, members[1]!.personId, rank([c, b, a]));
    await vote(members[2]!.actor, poll.id, members[2]!.personId, rank([a, c, b]));
    await expect(
      vote(members[3]!.actor, poll.id, members[3]!.personId, {
        [`rank:${a}`]: "1",
        [`rank:${b}`]: "1",
        [`rank:${c}`]: "2",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const closed = await closePoll(lead, { pollId: poll.id });
    const result = closed.result as unknown as Extract<PollResult, { method: "RANKING" }>;
    expect(result.ranking.map((r) => r.optionId)).toEqual([c, a, b]);

    const programme = await adoptWorkProgramme(lead, { pollId: poll.id, year: "2027", title: "Arbeitsprogramm 2027" });
    await expect(adoptWorkProgramme(lead, { pollId: poll.id, year: "2027", title: "Noch eins" })).rejects.toThrow(
      "Für 2027 ist bereits ein Arbeitsprogramm beschlossen.",
    );
    const view = await getWorkProgramme(lead, 2027);
    expect(view.programme.items.map((i) => [i.rank, i.label])).toEqual([
      [1, f3!.name],
      [2, f1!.name],
      [3, f2!.name],
    ]);
    expect(view.programme.items[0]!.fieldOfActionId).toBe(f3!.id);
    await createAssignment(lead, {
      programmeItemId: view.programme.items[0]!.id,
      title: "Konzept für Priorität 1 erarbeiten",
      dueOn: dateFromNow(90),
    });
    expect((await getWorkProgramme(lead, 2027)).programme.items[0]!.assignments.map((x) => x.title)).toEqual([
      "Konzept für Priorität 1 erarbeiten",
    ]);
    expect(programme.pollId).toBe(poll.id);
  });

  it("points and approval polls count per option", async () => {
    const { body, members } = await votingBody(regionId, 3);
    const points = await createPoll(lead, {
      ...yesNo(body.id),
      method: "POINTS",
      totalPoints: "5",
      maxPointsPerOption: "3",
      options: "Leseförderung\nÜbergang Schule–Beruf\nKita-Sprachförderung",
    });
    await openPoll(lead, { pollId: points.id });
    const [x, y, z] = (await getPoll(lead, points.id)).options.map((o) => o.id) as [string, string, string];
    await vote(members[0]!.actor, points.id, members[0]!.personId, { [`points:${x}`]: "3", [`points:${y}`]: "2" });
    await vote(members[1]!.actor, points.id, members[1]!.personId, { [`points:${z}`]: "3", [`points:${y}`]: "2" });
    await expect(vote(members[2]!.actor, points.id, members[2]!.personId, { [`points:${x}`]: "4" })).rejects.toThrow(
      "höchstens 3 Punkte",
    );
    const closed = await closePoll(lead, { pollId: points.id });
    expect(
      (closed.result as unknown as Extract<PollResult, { method: "APPROVAL" | "POINTS" }>).ranking.map((r) => [
        r.label,
        r.score,
        r.rank,
      ]),
    ).toEqual([
      ["Übergang Schule–Beruf", 4, 1],
      ["Leseförderung", 3, 2],
      ["Kita-Sprachförderung", 3, 2],
    ]);
  });
});

describe("visibility and cross-region", () => {
  it("voters see their open polls on the dashboard and in the list; outsiders get not found", async () => {
    const { body, members } = await votingBody(regionId, 2);
    const poll = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: poll.id });
    expect((await getDashboard(members[0]!.actor)).polls.map((p) => p.id)).toContain(poll.id);
    expect((await listPolls(members[0]!.actor)).awaiting.map((p) => p.id)).toContain(poll.id);
    await vote(members[0]!.actor, poll.id, members[0]!.personId, { vote: "YES" });
    expect((await getDashboard(members[0]!.actor)).polls.map((p) => p.id)).not.toContain(poll.id);
    const outsider = (await votingBody(regionId, 1)).members[0]!.actor;
    await expect(getPoll(outsider, poll.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(closePoll(members[0]!.actor, { pollId: poll.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPoll(members[0]!.actor, yesNo(body.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the chair manages the polls of their own body", async () => {
    const { body, members } = await votingBody(regionId, 3, { chair: true });
    const chair = members[0]!.actor;
    const poll = await createPoll(chair, yesNo(body.id));
    await openPoll(chair, { pollId: poll.id });
    expect((await getPoll(chair, poll.id)).participation).toHaveLength(3);
    await vote(members[1]!.actor, poll.id, members[1]!.personId, { vote: "YES" });
    expect(await getParticipation(chair, poll.id)).toEqual({ status: "OPEN", voted: 1, entitled: 3 });
    expect(await getParticipation(members[1]!.actor, poll.id)).toBeNull(); // members do not watch participation
    expect((await closePoll(chair, { pollId: poll.id })).status).toBe("CLOSED");
    const other = await votingBody(regionId, 1);
    await expect(createPoll(chair, yesNo(other.body.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("another region's poll, seat or work programme is not found", async () => {
    const { body, members } = await votingBody(regionId, 2);
    const poll = await createPoll(lead, yesNo(body.id));
    await openPoll(lead, { pollId: poll.id });
    const seat = await seatOf(poll.id, members[0]!.personId);
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await expect(getPoll(foreign, poll.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(closePoll(foreign, { pollId: poll.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openPoll(foreign, { pollId: poll.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishPoll(foreign, { pollId: poll.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(castBallot(foreign, { pollId: poll.id, voterId: seat.id, vote: "YES" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(createPoll(foreign, yesNo(body.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(adoptWorkProgramme(foreign, { pollId: poll.id, year: "2030", title: "Fremd" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await listPolls(foreign)).polls.map((p) => p.id)).not.toContain(poll.id);
  });
});
