// The embedded PostgreSQL of the public-portal benchmarks (.data/bench-public, port 54369):
// one database with all 400 districts, one with the first 20, migrated like the portal's own.
import path from "node:path";
import pg from "pg";
import { startEmbeddedCluster } from "../../lib/core/db/embedded.ts";
import { prepareDatabase, type PreparedDatabase } from "../../lib/core/db/setup.ts";

export const OFFERS_PER_REGION = 2_000;

export interface BenchDatabase {
  name: string;
  regions: number;
}

export const BENCH_DATABASES: BenchDatabase[] = [
  { name: "bench_20_regionen", regions: 20 },
  { name: "bench_400_regionen", regions: 400 },
];

export const BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54369);
/** Memory for the benchmark cluster: 800,000 offers with their indexes are ~2 GB. */
const SHARED_BUFFERS = "2GB";

export interface BenchCluster {
  adminUrl: string;
  prepare(database: BenchDatabase): Promise<PreparedDatabase>;
  stop(): Promise<void>;
}

export async function openBenchCluster(log: (line: string) => void): Promise<BenchCluster> {
  const baseDir = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench-public");
  let cluster = await startEmbeddedCluster({ baseDir, port: BENCH_PG_PORT, log });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ shared_buffers: string }>("SHOW shared_buffers");
  if (rows[0]!.shared_buffers !== SHARED_BUFFERS) {
    await admin.query(`ALTER SYSTEM SET shared_buffers = '${SHARED_BUFFERS}'`);
    await admin.query(`ALTER SYSTEM SET effective_cache_size = '8GB'`);
    await admin.query(`ALTER SYSTEM SET work_mem = '16MB'`);
    await admin.end();
    await cluster.stop();
    cluster = await startEmbeddedCluster({ baseDir, port: BENCH_PG_PORT, log });
  } else {
    await admin.end();
  }
  const started = cluster;
  return {
    adminUrl: started.adminUrl,
    prepare: (database) => prepareDatabase(started.adminUrl, database.name, started.secrets),
    stop: () => started.stop(),
  };
}
