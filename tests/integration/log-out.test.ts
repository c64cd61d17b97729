import { describe, expect, it } from "vitest";
import { logIn } from "../../lib/auth/log-in.ts";
import { logOut } from "../../lib/auth/log-out.ts";
import { decodeSessionClaims, getRequestUser } from "../../lib/auth/request-user.ts";
import { SESSION_COOKIE } from "../../lib/auth/session-cookie.ts";
import { withoutRegion } from "../../lib/core/db/client.ts";
import { createUser } from "../factories/index.ts";

async function loggedInTwice() {
  const email = `abmelden-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const user = await withoutRegion((tx) => createUser(tx, { email, password: "Abmelden-2026" }));
  const here = await logIn({ email, password: "Abmelden-2026" }, "client-logout-1");
  const elsewhere = await logIn({ email, password: "Abmelden-2026" }, "client-logout-2");
  if (!here.ok || !elsewhere.ok) throw new Error("login failed");
  return { user, here: here.token, elsewhere: elsewhere.token };
}

// The session cookie as the browser sends it; getRequestUser is the app's session reader for
// the Pages Router and applies the same checks as getCurrentUser (decode, then loadSessionUser).
const userFor = (token: string) => getRequestUser({ [SESSION_COOKIE]: token });

describe("Finding 4 — logout ends the session", () => {
  it("a copied session cookie no longer yields a user after logging out", async () => {
    const { user, here } = await loggedInTwice();
    const copied = here;
    expect(await userFor(copied)).toMatchObject({ id: user.id });

    await logOut(await decodeSessionClaims(here));

    expect(await userFor(copied)).toBeNull();
  });

  it("ends the other sessions of the same login too, and a new login works again", async () => {
    const { user, here, elsewhere } = await loggedInTwice();
    await logOut(await decodeSessionClaims(here));
    expect(await userFor(elsewhere)).toBeNull();

    const again = await logIn({ email: user.email, password: "Abmelden-2026" }, "client-logout-3");
    expect(again.ok && (await userFor(again.token))).toMatchObject({ id: user.id });
  });

  it("an already ended session cannot end the newer one (no forced logout with an old cookie)", async () => {
    const { user, here } = await loggedInTwice();
    const claims = await decodeSessionClaims(here);
    await logOut(claims);
    const fresh = await logIn({ email: user.email, password: "Abmelden-2026" }, "client-logout-4");
    if (!fresh.ok) throw new Error("login failed");

    await logOut(claims);
    await logOut(await decodeSessionClaims("kein-gültiges-token"));

    expect(await userFor(fresh.token)).toMatchObject({ id: user.id });
  });
});
