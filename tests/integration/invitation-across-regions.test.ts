// Issue 19, finding 1: account takeover across regions through an invitation.
// Region A invites an address; before she sets her password, region B invites the same
// address. B must get no credential for her login and see nothing of it but what B typed.
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/authenticate.ts";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { createRegion } from "../../lib/platform/create-region.ts";
import { acceptRegionInvitations } from "../../lib/tenancy/region-access.ts";
import { invitationResponse } from "../../lib/users/invitation-response.ts";
import { inviteUser } from "../../lib/users/invite-user.ts";
import { listRegionUsers } from "../../lib/users/list-region-users.ts";
import { newToken } from "../../lib/users/password-token.ts";
import { isTokenUsable, LINK_INVALID, setPasswordWithToken } from "../../lib/users/set-password.ts";
import { createUser } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { asOwner, grantPlatformRoleInTest } from "../support/owner.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
beforeAll(async () => {
  regions = await twoRegions();
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
const setPassword = (token: string, password: string) =>
  setPasswordWithToken({ token, password, passwordRepeat: password });
const mailsTo = (regionId: string, toAddress: string) =>
  withRegion(regionId, (tx) => tx.outboxEmail.findMany({ where: { toAddress }, orderBy: { createdAt: "asc" } }));

describe("finding 1: an invitation never hands another region a credential", () => {
  it("finding 1: A invites, B invites the same address, she sets her password through A's link — B has no link and cannot log in as her", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const email = "dora.doppel@test.example";
    const fromA = await inviteUser(leadA, { email, name: "Dora Doppel", role: "OFFICE_STAFF" });
    const fromB = await inviteUser(leadB, { email, name: "Frau Doppel", role: "PARTNER" });

    expect(fromA.link).toMatch(/\/passwort-setzen\?token=/);
    expect(fromB.link).toBeNull();
    const tokens = await asOwner(
      `SELECT t."id" FROM "PasswordToken" t JOIN "User" u ON u."id" = t."userId" WHERE u."email" = $1`,
      [email],
    );
    expect(tokens).toHaveLength(1);
    const [mailB] = await mailsTo(regions.b.region.id, email);
    expect(mailB!.textBody).not.toContain("passwort-setzen");

    await setPassword(tokenOf(fromA.link!), "Eigenes-Passwort-2026");
    expect((await authenticate({ email, password: "Eigenes-Passwort-2026" }, "f1")).ok).toBe(true);
    // What B's lead would have set through a link of its own does not open her account.
    expect((await authenticate({ email, password: "Uebernahme-2026!" }, "f1")).ok).toBe(false);

    // Only the region that created the pending login may send a new link; B may not.
    await expect(inviteUser(leadB, { email, name: "Frau Doppel", role: "PARTNER" })).rejects.toThrow(
      "hat die Rolle „Bildungspartner*in“ in dieser Region bereits",
    );
  });

  it("finding 1: the region that created a pending login resends its link; the old link dies", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const email = "erneut@test.example";
    const first = await inviteUser(leadA, { email, name: "Erna Erneut", role: "PARTNER" });
    expect((await inviteUser(leadB, { email, name: "Erna", role: "OFFICE_STAFF" })).link).toBeNull();
    const again = await inviteUser(leadA, { email, name: "Erna Erneut", role: "PARTNER" });
    expect(again.link).toMatch(/\/passwort-setzen\?token=/);
    expect(await isTokenUsable(tokenOf(first.link!))).toBe(false);
    await setPassword(tokenOf(again.link!), "Erneut-Passwort-2026");
    expect((await authenticate({ email, password: "Erneut-Passwort-2026" }, "f1")).ok).toBe(true);
  });

  it("finding 1: an existing login gets the e-mail „Sie wurden zusätzlich … eingeladen“ and keeps her password", async () => {
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const existing = await withoutRegion((tx) =>
      createUser(tx, { name: "Ida Vorhanden", password: "Vorhanden-2026!" }),
    );
    const result = await inviteUser(leadB, { email: existing.email, name: "Ida V.", role: "CONFERENCE_MEMBER" });
    expect(result.link).toBeNull();
    const [mail] = await mailsTo(regions.b.region.id, existing.email);
    expect(mail!.subject).toBe(`Einladung in das Bildungsnetz ${regions.b.region.name}`);
    expect(mail!.textBody).toContain("Guten Tag Ida V.,");
    expect(mail!.textBody).toContain(
      `Sie wurden zusätzlich als Mitglied der Bildungskonferenz in das Bildungsnetzwerk ${regions.b.region.name} eingeladen.`,
    );
    expect(mail!.textBody).toContain("/anmelden");
    expect(mail!.textBody).not.toContain("passwort-setzen");
    expect(mail!.textBody).not.toContain("Ida Vorhanden");
    expect(await asOwner(`SELECT 1 FROM "PasswordToken" WHERE "userId" = $1`, [existing.id])).toEqual([]);
    expect((await authenticate({ email: existing.email, password: "Vorhanden-2026!" }, "f1")).ok).toBe(true);
  });

  it("finding 1: setting a password voids every other outstanding link of that login", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const email = "zwei.links@test.example";
    const invitation = await inviteUser(leadA, { email, name: "Zwei Links", role: "PARTNER" });
    // A second link as older data may hold one (issued before this fix, or a reset link).
    const other = newToken();
    // (Only the owner can write such a row: the app role issues links only through
    // app_issue_password_token, and only for a pending login.)
    await asOwner(
      `INSERT INTO "PasswordToken" ("id", "userId", "tokenHash", "purpose", "expiresAt")
       SELECT gen_random_uuid(), "id", $2, 'RESET', now() + interval '1 day' FROM "User" WHERE "email" = $1`,
      [email, other.tokenHash],
    );
    await setPassword(tokenOf(invitation.link!), "Ihr-Passwort-2026");
    expect(await isTokenUsable(other.token)).toBe(false);
    await expect(setPassword(other.token, "Fremd-Passwort-2026")).rejects.toThrow(LINK_INVALID);
    expect((await authenticate({ email, password: "Ihr-Passwort-2026" }, "f1")).ok).toBe(true);
  });

  it("finding 1: B's user list shows nothing of the foreign account — no name, no last login, only B's invitation", async () => {
    const leadA = await actorFor(regions.a.region.id, regions.a.user.id);
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const email = "liste@test.example";
    const fromA = await inviteUser(leadA, { email, name: "Lisa Listig", role: "OFFICE_STAFF" });
    await inviteUser(leadB, { email, name: "L. aus B", role: "PARTNER" });
    await setPassword(tokenOf(fromA.link!), "Listig-Passwort-2026");
    expect((await authenticate({ email, password: "Listig-Passwort-2026" }, "f1")).ok).toBe(true);

    const inB = (await listRegionUsers(leadB)).users.find((u) => u.email === email)!;
    expect(inB).toEqual({
      id: expect.any(String),
      name: "L. aus B",
      email,
      accepted: false,
      roles: [{ id: expect.any(String), role: "PARTNER" }],
    });
    expect(JSON.stringify(await listRegionUsers(leadB))).not.toContain("Lisa Listig");
    const inA = (await listRegionUsers(leadA)).users.find((u) => u.email === email)!;
    expect(inA).toMatchObject({ name: "Lisa Listig", accepted: false });

    // She opens region B's internal area: B's invitation counts as taken up, in B only.
    await acceptRegionInvitations(regions.b.region.id, inB.id);
    expect((await listRegionUsers(leadB)).users.find((u) => u.email === email)).toMatchObject({ accepted: true });
    expect((await listRegionUsers(leadA)).users.find((u) => u.email === email)).toMatchObject({ accepted: false });
  });

  it("finding 1: the answer to the inviting lead is the same for a new and an existing address", async () => {
    const leadB = await actorFor(regions.b.region.id, regions.b.user.id);
    const existing = regions.a.user.email;
    const fresh = "ganz.neu@test.example";
    const forExisting = await inviteUser(leadB, { email: existing, name: "Person X", role: "PARTNER" });
    const forNew = await inviteUser(leadB, { email: fresh, name: "Person Y", role: "PARTNER" });
    expect(forExisting).toEqual({ email: existing, role: { id: expect.any(String), role: "PARTNER" }, link: null });
    expect(Object.keys(forNew).sort()).toEqual(Object.keys(forExisting).sort());
    expect(invitationResponse(forExisting, true)).toEqual({
      message: `Die Einladung an ${existing} geht per E-Mail hinaus.`,
    });
    expect(invitationResponse(forNew, true)).toEqual({ message: `Die Einladung an ${fresh} geht per E-Mail hinaus.` });
    // Without SMTP the office sees a link only for a login its own invitation created.
    expect(invitationResponse(forExisting, false)).toEqual({
      message: `Die Einladung an ${existing} liegt im Postausgang.`,
    });
    expect(invitationResponse(forNew, false).warnings?.[0]).toContain(forNew.link!);
    // The outbox, which the office reads, shows the same subject for both.
    const [a] = await mailsTo(regions.b.region.id, existing);
    const [b] = await mailsTo(regions.b.region.id, fresh);
    expect(a!.subject).toBe(b!.subject);
  });

  it("finding 1: a new region's lead with an existing address gets the role and no link", async () => {
    const admin = await withoutRegion((tx) => createUser(tx));
    await grantPlatformRoleInTest(admin.id, "PLATFORM_ADMIN");
    const pending = await inviteUser(await actorFor(regions.a.region.id, regions.a.user.id), {
      email: "leitung.neu@test.example",
      name: "Lea Leitung",
      role: "PARTNER",
    });
    const region = await createRegion(
      { userId: admin.id, platformRole: "PLATFORM_ADMIN" },
      {
        name: "Kreis Soest",
        slug: "kreis-soest",
        kind: "KREIS",
        governmentDistrictId: regions.a.region.governmentDistrictId,
        leadName: "Lea Leitung",
        leadEmail: pending.email,
      },
    );
    expect(region.lead.link).toBeNull();
    const [mail] = await mailsTo(region.id, pending.email);
    expect(mail!.textBody).toContain("Sie wurden zusätzlich als Leitung");
    expect(await isTokenUsable(tokenOf(pending.link!))).toBe(true);
  });
});
