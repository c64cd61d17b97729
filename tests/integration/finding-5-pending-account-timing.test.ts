import { describe, expect, it } from "vitest";
import { authenticate, WRONG_CREDENTIALS } from "../../lib/auth/authenticate.ts";
import { verificationCounter } from "../../lib/auth/password.ts";
import { withoutRegion } from "../../lib/core/db/client.ts";
import { NO_PASSWORD } from "../../lib/users/invite-user.ts";
import { createUser } from "../factories/index.ts";
import { asOwner } from "../support/owner.ts";

// Finding 5 of issue 19: an invited account without a password answered a login in a third of
// the time (its marker is no argon2 hash, so nothing was computed). Every failed path has to
// run one full argon2 verification; counted here instead of timed (bench/login-timing.ts times it).

const address = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@test.example`;

async function verificationsFor(email: string, password: string) {
  const before = verificationCounter.read();
  const result = await authenticate({ email, password }, `timing-${email}`);
  expect(result).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  return verificationCounter.read() - before;
}

describe("finding 5: every failed login does the same argon2 work", () => {
  it("an invited account without a password costs one full verification, like the others", async () => {
    const pending = address("eingeladen");
    const wrong = address("vorhanden");
    const disabled = address("gesperrt");
    const locked = await withoutRegion(async (tx) => {
      await createUser(tx, { email: pending, password: null });
      await createUser(tx, { email: wrong, password: "Richtig-Timing-1" });
      return createUser(tx, { email: disabled, password: "Richtig-Timing-1" });
    });
    await asOwner(`UPDATE "User" SET "disabledAt" = now() WHERE "id" = $1`, [locked.id]);

    expect(await verificationsFor(address("unbekannt"), "Falsch-1")).toBe(1);
    expect(await verificationsFor(wrong, "Falsch-1")).toBe(1);
    expect(await verificationsFor(disabled, "Richtig-Timing-1")).toBe(1);
    expect(await verificationsFor(pending, "Falsch-1")).toBe(1);
    expect(await verificationsFor(pending, NO_PASSWORD)).toBe(1);
  });
});
