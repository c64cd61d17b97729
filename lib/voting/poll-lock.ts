import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";

// Ballots and the close of one poll are ordered by a transaction-level advisory lock: every
// ballot holds it shared, the close exclusively. PostgreSQL queues lock requests fairly, so
// once a close waits, later ballots queue behind it (a row lock FOR SHARE would let a steady
// stream of ballots starve the close) and then find the poll closed.

const key = (pollId: string) => `poll:${pollId}`;

export function lockPollForBallot(tx: Tx, pollId: string) {
  return tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${key(pollId)}, 0))`;
}

export function lockPollForClose(tx: Tx, pollId: string) {
  return tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key(pollId)}, 0))`;
}
