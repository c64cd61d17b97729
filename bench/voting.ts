// Benchmark: 200 voters cast their ballots on one poll at the same moment.
// Runs the real use case (castBallot: RLS transaction, poll lock, seat check, participation,
// ballot) against PostgreSQL through the app's connection pool, for a named and a secret
// poll; then closes the poll and checks that every ballot was counted exactly once.
//
//   npm run bench:voting            (embedded PostgreSQL in .data/bench)
//   DATABASE_URL=… MIGRATE_DATABASE_URL=… npm run bench:voting
import { performance } from "node:perf_hooks";
import { disconnectDb, withoutRegion, withRegion } from "../lib/core/db/client.ts";
import { loadRegionAccess } from "../lib/tenancy/region-access.ts";
import { castBallot } from "../lib/voting/cast-ballot.ts";
import { closePoll } from "../lib/voting/close-poll.ts";
import { openPoll } from "../lib/voting/open-poll.ts";
import { createPoll } from "../lib/voting/poll-drafts.ts";
import type { PollResult } from "../lib/voting/tally.ts";
import { utcToBerlinLocal } from "../lib/core/validation/berlin-time.ts";
import { migrateExternal, openDatabase } from "../scripts/lib/database.ts";
import { createRegion, createStandardStructure, createUser, grantRole } from "../tests/factories/index.ts";
import { votingBody } from "../tests/support/voting.ts";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  process.env.BN_DATA_DIR ??= ".data/bench";
  process.env.BN_PG_PORT ??= "54359";
  const database = await openDatabase();
  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    const region = await withoutRegion((tx) => createRegion(tx));
    const leadUser = await withoutRegion((tx) => createUser(tx));
    await withRegion(region.id, async (tx) => {
      await createStandardStructure(tx, region.id);
      await grantRole(tx, region.id, leadUser.id, "OFFICE_LEAD");
    });
    const access = await loadRegionAccess(region.id, leadUser.id);
    const lead = { regionId: region.id, userId: leadUser.id, can: access.can };
    const { body, members } = await votingBody(region.id, VOTERS);
    console.log(
      `Abstimmungs-Benchmark: ${VOTERS} Stimmberechtigte geben gleichzeitig ab; Pool ${process.env.DATABASE_POOL_SIZE ?? 10} Verbindungen; ${ROUNDS} Runden je Art.`,
    );

    for (const secrecy of ["NAMED", "SECRET"] as const) {
      for (let round = 1; round <= ROUNDS; round++) {
        const poll = await createPoll(lead, {
          bodyId: body.id,
          title: `Benchmark ${secrecy} ${round}`,
          description: "",
          method: "YES_NO_ABSTAIN",
          secrecy,
          options: "",
          majorityRule: "SIMPLE",
          majorityBase: "YES_NO",
          requireQuorum: "on",
          closesAt: utcToBerlinLocal(new Date(Date.now() + 86_400_000)),
        });
        await openPoll(lead, { pollId: poll.id });
        const seats = await withRegion(region.id, (tx) =>
          tx.pollVoter.findMany({
            where: { regionId: region.id, pollId: poll.id },
            select: { id: true, personId: true },
          }),
        );
        const seatOf = new Map(seats.map((s) => [s.personId, s.id]));
        const sent = { YES: 0, NO: 0, ABSTAIN: 0 };
        const latencies: number[] = [];
        const started = performance.now();
        const outcomes = await Promise.allSettled(
          members.map(async (m, i) => {
            const vote = (["YES", "NO", "ABSTAIN"] as const)[i % 3]!;
            const t0 = performance.now();
            await castBallot(m.actor, { pollId: poll.id, voterId: seatOf.get(m.personId), vote });
            latencies.push(performance.now() - t0);
            sent[vote]++;
          }),
        );
        const wall = performance.now() - started;
        const failed = outcomes.filter((o) => o.status === "rejected");
        const closeStart = performance.now();
        const closed = await closePoll(lead, { pollId: poll.id });
        const closeMs = performance.now() - closeStart;
        const result = closed.result as unknown as Extract<PollResult, { method: "YES_NO_ABSTAIN" }>;
        const table = secrecy === "SECRET" ? "SecretBallot" : "NamedBallot";
        const [stored] = await withRegion(region.id, (tx) =>
          tx.$queryRawUnsafe<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM "${table}" WHERE "pollId" = $1::uuid`,
            poll.id,
          ),
        );
        const exact =
          failed.length === 0 &&
          result.yes === sent.YES &&
          result.no === sent.NO &&
          result.abstain === sent.ABSTAIN &&
          closed.votedCount === VOTERS &&
          stored?.n === VOTERS;
        latencies.sort((a, b) => a - b);
        console.log(
          `${secrecy === "NAMED" ? "namentlich" : "geheim    "} Runde ${round}: ${VOTERS} Stimmen in ${ms(wall)} (${(VOTERS / (wall / 1000)).toFixed(0)} Stimmen/s); ` +
            `Latenz p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? 0)}; ` +
            `Schließen ${ms(closeMs)}; gezählt Ja ${result.yes}/${sent.YES}, Nein ${result.no}/${sent.NO}, Enthaltung ${result.abstain}/${sent.ABSTAIN}, gespeichert ${stored?.n}; ` +
            `${
              exact
                ? "alle exakt gezählt"
                : `FEHLER (${failed.length} abgewiesen: ${failed
                    .map((f) => String((f as PromiseRejectedResult).reason))
                    .slice(0, 2)
                    .join("; ")})`
            }`,
        );
        if (!exact) process.exitCode = 1;
      }
    }
  } finally {
    await disconnectDb();
    await database.cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
