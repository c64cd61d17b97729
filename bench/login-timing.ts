// Benchmark for issue 19, finding 5: how long a failed login takes for an unknown address, an
// invited account without a password, and a real account with a wrong password. All three
// must cost one argon2 verification, so their medians should match within noise. Runs the
// real use case (authenticate: throttle reservation, account lookup, password check) against
// PostgreSQL; every try uses its own address and client key, so the throttle never answers.
//
//   npm run bench:login                 (embedded PostgreSQL in .data/bench-login)
//   BENCH_TRIES=50 npm run bench:login
import { performance } from "node:perf_hooks";
import { authenticate } from "../lib/auth/authenticate.ts";
import { disconnectDb, withoutRegion } from "../lib/core/db/client.ts";
import { migrateExternal, openDatabase } from "../scripts/lib/database.ts";
import { createUser } from "../tests/factories/index.ts";

const TRIES = Number(process.env.BENCH_TRIES ?? 30);
const CASES = ["unbekannt", "eingeladen", "falsches-passwort"] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  process.env.BN_DATA_DIR ??= ".data/bench-login";
  process.env.BN_PG_PORT ??= "54389";
  const database = await openDatabase();
  try {
    await migrateExternal(database);
    process.env.DATABASE_URL = database.appUrl;
    const run = Date.now().toString(36);
    const address = (kind: string, i: number) => `${kind}-${run}-${i}@bench.example`;
    await withoutRegion(async (tx) => {
      for (let i = 0; i < TRIES; i++) {
        await createUser(tx, { email: address("eingeladen", i), password: null });
        await createUser(tx, { email: address("falsches-passwort", i), password: "Richtig-Bench-1" });
      }
    });
    // warm-up: connection pool, dummy hash, JIT
    for (let i = 0; i < 5; i++) await authenticate({ email: `warm-${run}-${i}@bench.example`, password: "x" }, `w${i}`);

    const times: Record<(typeof CASES)[number], number[]> = { unbekannt: [], eingeladen: [], "falsches-passwort": [] };
    for (let i = 0; i < TRIES; i++) {
      // interleaved, so drift of the machine hits all three alike
      for (const kind of CASES) {
        const started = performance.now();
        const result = await authenticate({ email: address(kind, i), password: "Falsch-Bench-1" }, `${kind}-${i}`);
        times[kind].push(performance.now() - started);
        if (result.ok) throw new Error(`${kind}: Anmeldung unerwartet erfolgreich`);
      }
    }
    console.log(`Fehlgeschlagene Anmeldung, Median über ${TRIES} Versuche je Fall:`);
    for (const kind of CASES) {
      const sorted = [...times[kind]].sort((a, b) => a - b);
      console.log(
        `  ${kind.padEnd(18)} ${median(sorted).toFixed(1).padStart(6)} ms   (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`,
      );
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
