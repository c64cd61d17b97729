import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, THROTTLED, WRONG_CREDENTIALS } from "../../lib/auth/authenticate.ts";
import { logIn } from "../../lib/auth/log-in.ts";
import { loadSessionUser } from "../../lib/auth/session.ts";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { createUser, grantRole, USER_COLUMNS } from "../factories/index.ts";
import { asOwner } from "../support/owner.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
beforeAll(async () => {
  regions = await twoRegions();
});

async function userWithPassword(password: string) {
  const email = `person-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const user = await withoutRegion((tx) => createUser(tx, { email, password }));
  return { user, email };
}

describe("login", () => {
  it("accepts the right password (argon2id) and returns the user", async () => {
    const { user, email } = await userWithPassword("Grüne-Wiese-2026");
    const result = await authenticate({ email: email.toUpperCase(), password: "Grüne-Wiese-2026" }, "client-1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    const [stored] = await asOwner<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE "id" = $1`, [
      user.id,
    ]);
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("an umlaut password typed in decomposed form (NFD) still matches", async () => {
    const { email } = await userWithPassword("Übermäßig-Schön");
    const result = await authenticate({ email, password: "Übermäßig-Schön".normalize("NFD") }, "client-nfd");
    expect(result.ok).toBe(true);
  });

  it("wrong password and unknown user get the same German message", async () => {
    const { email } = await userWithPassword("Richtig-123");
    const wrong = await authenticate({ email, password: "Falsch-123" }, "client-2");
    const unknown = await authenticate({ email: "niemand@test.example", password: "Falsch-123" }, "client-2");
    expect(wrong).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(unknown).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("is throttled after five failures, even for the right password then", async () => {
    const { email } = await userWithPassword("Richtig-456");
    for (let i = 0; i < 5; i++)
      expect((await authenticate({ email, password: `falsch-${i}` }, "client-3")).ok).toBe(false);
    const locked = await authenticate({ email, password: "Richtig-456" }, "client-4");
    expect(locked).toEqual({ ok: false, message: THROTTLED });
  });

  it("counts attempts atomically under parallel attempts, and refuses those beyond the limit", async () => {
    const { email } = await userWithPassword("Richtig-789");
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => authenticate({ email, password: `parallel-${i}` }, "client-5")),
    );
    const row = await withoutRegion((tx) => tx.loginThrottle.findUniqueOrThrow({ where: { key: `email:${email}` } }));
    expect(row.failures).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
  });

  it("rejects NUL bytes, lone surrogates and over-long input with German field messages", async () => {
    const nul = await authenticate({ email: "a\u0000@test.example", password: "x" }, "client-6");
    expect(nul).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("Steuerzeichen")] } });
    const surrogate = await authenticate({ email: "a@test.example", password: "ab\uD800" }, "client-6");
    expect(surrogate).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringContaining("ungültige Zeichen")] },
    });
    const long = await authenticate(
      { email: `${"a".repeat(300)}@test.example`, password: "p".repeat(500) },
      "client-6",
    );
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: {
        email: [expect.stringContaining("höchstens 254")],
        password: [expect.stringContaining("höchstens 200")],
      },
    });
    const missing = await authenticate({}, "client-6");
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.any(String)], password: [expect.any(String)] },
    });
  });

  it("sends a member of one region to its dashboard, and honours only local return paths", async () => {
    const email = `leitung-${Math.random().toString(36).slice(2, 8)}@test.example`;
    await asOwner(`UPDATE "User" SET "email" = $2 WHERE "id" = $1`, [regions.a.user.id, email]);
    const direct = await logIn({ email, password: "Test-Passwort-1" }, "client-7");
    expect(direct).toMatchObject({ ok: true, landing: `/${regions.a.region.slug}/intern` });
    const back = await logIn({ email, password: "Test-Passwort-1", returnTo: "/x/intern?a=1" }, "client-7");
    expect(back).toMatchObject({ ok: true, landing: "/x/intern?a=1" });
    const evil = await logIn({ email, password: "Test-Passwort-1", returnTo: "//evil.example/" }, "client-7");
    expect(evil).toMatchObject({ ok: true, landing: `/${regions.a.region.slug}/intern` });
  });
});

describe("sessions end", () => {
  async function freshSession() {
    const { user } = await userWithPassword("Sitzung-1");
    await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, user.id, "STEERING_MEMBER"));
    const current = await withoutRegion((tx) =>
      tx.user.findUniqueOrThrow({ where: { id: user.id }, select: USER_COLUMNS }),
    );
    expect(await loadSessionUser(user.id, current.sessionVersion)).toMatchObject({ id: user.id });
    return current;
  }

  it("when a role is added", async () => {
    const user = await freshSession();
    await withRegion(regions.a.region.id, (tx) => grantRole(tx, regions.a.region.id, user.id, "CONFERENCE_MEMBER"));
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
  });

  it("when a role is removed", async () => {
    const user = await freshSession();
    await withRegion(regions.a.region.id, (tx) =>
      tx.regionRole.deleteMany({ where: { regionId: regions.a.region.id, userId: user.id } }),
    );
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
  });

  it("when the password changes or the user is disabled", async () => {
    const user = await freshSession();
    await asOwner(`UPDATE "User" SET "passwordHash" = '$argon2id$neu' WHERE "id" = $1`, [user.id]);
    expect(await loadSessionUser(user.id, user.sessionVersion)).toBeNull();
    const other = await freshSession();
    await asOwner(`UPDATE "User" SET "disabledAt" = now() WHERE "id" = $1`, [other.id]);
    const after = await withoutRegion((tx) =>
      tx.user.findUniqueOrThrow({ where: { id: other.id }, select: USER_COLUMNS }),
    );
    expect(await loadSessionUser(other.id, after.sessionVersion)).toBeNull();
  });

  it("but not when only the last login time changes", async () => {
    const user = await freshSession();
    await withoutRegion((tx) =>
      tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } }),
    );
    expect(await loadSessionUser(user.id, user.sessionVersion)).toMatchObject({ id: user.id });
  });
});
