import { describe, expect, it } from "vitest";
import { authenticate, THROTTLED, WRONG_CREDENTIALS } from "../../lib/auth/authenticate.ts";
import { verificationCounter } from "../../lib/auth/password.ts";
import { releaseAttempt, reserveAttempt, THROTTLE, type Reservation } from "../../lib/auth/throttle.ts";
import { withoutRegion } from "../../lib/core/db/client.ts";
import { createUser } from "../factories/index.ts";

// Finding 3 (b) of issue 19: the lock was read before the slow password hash, so a burst of
// parallel attempts was evaluated in full, and a right password in the burst cleared the
// counter. Each attempt must reserve its slot before the hash is computed.

async function person(password: string) {
  const email = `burst-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const user = await withoutRegion((tx) => createUser(tx, { email, password }));
  return { user, email };
}

const failuresOf = (email: string) =>
  withoutRegion((tx) => tx.loginThrottle.findUnique({ where: { key: `email:${email}` } }));

describe("finding 3: parallel logins cannot outrun the throttle", () => {
  it("evaluates at most five of twenty parallel wrong passwords for one address", async () => {
    const { email } = await person("Richtig-Burst-1");
    const before = verificationCounter.read();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => authenticate({ email, password: `falsch-${i}` }, "burst-client-1")),
    );
    const evaluated = verificationCounter.read() - before;
    expect(evaluated).toBeLessThanOrEqual(THROTTLE.emailLimit);
    expect(results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS)).toHaveLength(evaluated);
    expect(results.filter((r) => !r.ok && r.message === THROTTLED)).toHaveLength(20 - evaluated);
    const row = await failuresOf(email);
    expect(row?.failures).toBe(THROTTLE.emailLimit);
    expect(row?.lockedUntil).not.toBeNull();
  });

  it("19 wrong and 1 right in parallel: the right one never clears the wrong ones' count", async () => {
    for (let round = 0; round < 3; round++) {
      const { email } = await person("Richtig-Burst-2");
      const before = verificationCounter.read();
      const attempts = Array.from({ length: 20 }, (_, i) => (i === 13 ? "Richtig-Burst-2" : `falsch-${i}`));
      const results = await Promise.all(
        attempts.map((password) => authenticate({ email, password }, `burst-client-2-${round}`)),
      );
      const wrong = results.filter((r) => !r.ok && r.message === WRONG_CREDENTIALS).length;
      const succeeded = results.filter((r) => r.ok).length;
      expect(verificationCounter.read() - before).toBeLessThanOrEqual(THROTTLE.emailLimit);
      expect(wrong + succeeded).toBeLessThanOrEqual(THROTTLE.emailLimit);
      // the success gave back only its own reservation: every evaluated wrong password still counts
      expect((await failuresOf(email))?.failures).toBe(wrong);
      // and once five wrong ones were evaluated, the right password is refused too
      if (wrong === THROTTLE.emailLimit)
        expect(await authenticate({ email, password: "Richtig-Burst-2" }, "burst-client-x")).toEqual({
          ok: false,
          message: THROTTLED,
        });
    }
  });

  it("a right password alone does not eat into the allowance", async () => {
    const { email } = await person("Richtig-Burst-3");
    for (let i = 0; i < 8; i++)
      expect((await authenticate({ email, password: "Richtig-Burst-3" }, "burst-client-3")).ok).toBe(true);
    expect((await failuresOf(email))?.failures ?? 0).toBe(0);
  });

  it("a success in a burst does not lift the lock the others reached (no sixth evaluation); alone it does", async () => {
    const take = (key: string) => withoutRegion((tx) => reserveAttempt(tx, key, THROTTLE.emailLimit));
    const release = (reservation: Reservation) => withoutRegion((tx) => releaseAttempt(tx, reservation));
    // a burst: the right password held slot 3, four wrong ones took the others up to the limit
    const burst = "email:burst-release@test.example";
    const slots: Reservation[] = [];
    for (let i = 0; i < THROTTLE.emailLimit; i++) slots.push((await take(burst))!);
    expect(slots.map((r) => r.slot)).toEqual([1, 2, 3, 4, 5]);
    await release(slots[2]!);
    expect(await take(burst)).toBeNull(); // before the fix the release lifted the lock: a sixth slot
    // four wrong ones in a row, then the right one as the fifth: the person is not locked out
    const alone = "email:alone-release@test.example";
    const mine: Reservation[] = [];
    for (let i = 0; i < THROTTLE.emailLimit; i++) mine.push((await take(alone))!);
    await release(mine[4]!);
    expect(await take(alone)).not.toBeNull();
  });
});
