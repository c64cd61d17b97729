import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../../lib/auth/authenticate.ts";
import { loadSessionUser } from "../../lib/auth/session.ts";
import { oneByOne, withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "../../lib/core/errors.ts";
import { getDocumentForDownload } from "../../lib/documents/get-document.ts";
import { attachSignedAgreement } from "../../lib/governance/attach-signed-agreement.ts";
import { saveAgreement } from "../../lib/governance/save-agreement.ts";
import { saveSeatRule } from "../../lib/governance/seat-rules.ts";
import { createRegion } from "../../lib/platform/create-region.ts";
import { getDistrictOverview } from "../../lib/supervision/get-district-overview.ts";
import { inviteUser } from "../../lib/users/invite-user.ts";
import { removeRole } from "../../lib/users/remove-role.ts";
import { setPasswordWithToken } from "../../lib/users/set-password.ts";
import { createUser, USER_COLUMNS } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { asOwner, grantPlatformRoleInTest } from "../support/owner.ts";
import { twoRegions } from "../support/regions.ts";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "bn-files-"));

let regions: Awaited<ReturnType<typeof twoRegions>>;
const userByEmail = (email: string) =>
  withoutRegion((tx) => tx.user.findUniqueOrThrow({ where: { email }, select: USER_COLUMNS }));
beforeAll(async () => {
  regions = await twoRegions();
});

describe("inviting users and taking roles away", () => {
  it("invites a new user by e-mail (outbox) with a one-time link; the password can be set once", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    const { link, email } = await inviteUser(lead, {
      email: "Neu.Person@Test.example",
      name: "Neue Person",
      role: "STEERING_MEMBER",
    });
    const user = await userByEmail(email);
    expect(user.email).toBe("neu.person@test.example");
    const mails = await withRegion(regions.a.region.id, (tx) =>
      tx.outboxEmail.findMany({ where: { toAddress: user.email } }),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).toContain(link!);
    expect(mails[0]!.subject).toBe(`Einladung in das Bildungsnetz ${regions.a.region.name}`);

    expect((await authenticate({ email: user.email, password: "irgendwas-langes" }, "inv")).ok).toBe(false);
    const token = new URL(link!).searchParams.get("token")!;
    await expect(setPasswordWithToken({ token, password: "kurz", passwordRepeat: "kurz" })).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringContaining("mindestens 10")] },
    });
    await expect(
      setPasswordWithToken({ token, password: "Lenkung-2026!", passwordRepeat: "anders-2026!" }),
    ).rejects.toMatchObject({ fieldErrors: { passwordRepeat: ["Die beiden Passwörter stimmen nicht überein."] } });
    await setPasswordWithToken({ token, password: "Lenkung-2026!", passwordRepeat: "Lenkung-2026!" });
    expect((await authenticate({ email: user.email, password: "Lenkung-2026!" }, "inv")).ok).toBe(true);
    await expect(
      setPasswordWithToken({ token, password: "Nochmal-2026!", passwordRepeat: "Nochmal-2026!" }),
    ).rejects.toThrow(/ungültig, abgelaufen oder wurde schon benutzt/);
  });

  it("an expired link is refused", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    const { link, email } = await inviteUser(lead, {
      email: "spaet@test.example",
      name: "Späte Person",
      role: "PARTNER",
    });
    const user = await userByEmail(email);
    await asOwner(`UPDATE "PasswordToken" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`, [
      user.id,
    ]);
    const token = new URL(link!).searchParams.get("token")!;
    await expect(
      setPasswordWithToken({ token, password: "Lange-genug-1", passwordRepeat: "Lange-genug-1" }),
    ).rejects.toThrow(/abgelaufen/);
  });

  it("a known user just gets the role and a notice; the same role twice is refused", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    const result = await inviteUser(lead, { email: regions.b.user.email, name: "egal", role: "CONFERENCE_MEMBER" });
    expect(result).toMatchObject({ link: null });
    await expect(
      inviteUser(lead, { email: regions.b.user.email, name: "egal", role: "CONFERENCE_MEMBER" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("removing a role ends the user's sessions; the last office lead cannot be removed", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    const { role, email } = await inviteUser(lead, {
      email: "weg@test.example",
      name: "Bald Weg",
      role: "OFFICE_STAFF",
    });
    const user = await userByEmail(email);
    const before = await withoutRegion((tx) =>
      tx.user.findUniqueOrThrow({ where: { id: user.id }, select: USER_COLUMNS }),
    );
    expect(await loadSessionUser(user.id, before.sessionVersion)).not.toBeNull();
    await removeRole(lead, { roleId: role.id });
    expect(await loadSessionUser(user.id, before.sessionVersion)).toBeNull();

    const ownLead = await withRegion(regions.a.region.id, (tx) =>
      tx.regionRole.findFirstOrThrow({ where: { userId: regions.a.user.id, role: "OFFICE_LEAD" } }),
    );
    await expect(removeRole(lead, { roleId: ownLead.id })).rejects.toThrow(
      "Die letzte Leitung des Bildungsbüros kann nicht entfernt werden",
    );
    const audit = await withRegion(regions.a.region.id, (tx) =>
      tx.auditEvent.findMany({ where: { action: { startsWith: "user." } } }),
    );
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["user.role-granted", "user.role-removed"]));
  });

  it("cross-region: another region's role id is not found; staff cannot invite", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    const foreignRole = await withRegion(regions.b.region.id, (tx) =>
      tx.regionRole.findFirstOrThrow({ where: { regionId: regions.b.region.id } }),
    );
    await expect(removeRole(lead, { roleId: foreignRole.id })).rejects.toBeInstanceOf(NotFoundError);
    const user = await userByEmail(
      (await inviteUser(lead, { email: "mitarbeit@test.example", name: "Mitarbeit", role: "OFFICE_STAFF" })).email,
    );
    const staff = await actorFor(regions.a.region.id, user.id);
    await expect(
      inviteUser(staff, { email: "x@test.example", name: "X Y", role: "OFFICE_LEAD" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("platform admin creates regions", () => {
  it("creates a region with its three bodies and the NRW Handlungsfelder in one step", async () => {
    const admin = await withoutRegion((tx) => createUser(tx));
    await grantPlatformRoleInTest(admin.id, "PLATFORM_ADMIN");
    const region = await createRegion(
      { userId: admin.id, platformRole: "PLATFORM_ADMIN" },
      {
        name: "Kreis Unna",
        slug: "kreis-unna",
        kind: "KREIS",
        governmentDistrictId: regions.a.region.governmentDistrictId,
        leadName: "Gülten Brückner",
        leadEmail: "leitung@kreis-unna.example",
      },
    );
    const [bodies, fields, audit] = await withRegion(region.id, (tx) =>
      oneByOne(
        () => tx.body.findMany(),
        () => tx.fieldOfAction.count(),
        () => tx.auditEvent.findMany(),
      ),
    );
    expect(bodies.map((b) => b.kind).sort()).toEqual(["CONFERENCE", "OFFICE", "STEERING"]);
    expect(fields).toBe(8);
    expect(audit.map((a) => a.action)).toEqual(["region.created", "user.role-granted"]);
    expect(region.lead.link).toMatch(/\/passwort-setzen\?token=/);
    const roles = await withRegion(region.id, (tx) =>
      tx.regionRole.findMany({ include: { user: { select: { email: true } } } }),
    );
    expect(roles.map((r) => [r.user.email, r.role])).toEqual([["leitung@kreis-unna.example", "OFFICE_LEAD"]]);
  });

  it("refuses reserved, malformed and taken slugs, and non-admins", async () => {
    const admin = { userId: regions.a.user.id, platformRole: "PLATFORM_ADMIN" };
    const base = {
      name: "Stadt Test",
      kind: "KREISFREIE_STADT",
      governmentDistrictId: regions.a.region.governmentDistrictId,
      leadName: "Le Itung",
      leadEmail: "leitung@stadt-test.example",
    };
    await expect(createRegion(admin, { ...base, slug: "admin" })).rejects.toMatchObject({
      fieldErrors: { slug: ["Diese Adresse ist für das Portal reserviert."] },
    });
    await expect(createRegion(admin, { ...base, slug: "Köln" })).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining("Kleinbuchstaben")] },
    });
    await expect(createRegion(admin, { ...base, slug: regions.a.region.slug })).rejects.toMatchObject({
      fieldErrors: { slug: ["Diese Adresse ist bereits vergeben."] },
    });
    await expect(
      createRegion({ userId: regions.a.user.id, platformRole: null }, { ...base, slug: "stadt-test" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await withoutRegion((tx) => tx.region.count({ where: { slug: { in: ["admin", "stadt-test"] } } }))).toBe(0);
    expect(await withoutRegion((tx) => tx.user.count({ where: { email: "leitung@stadt-test.example" } }))).toBe(0);
  });
});

describe("supervisors", () => {
  it("see contract status and Lenkungskreis health of their district's regions only, without names", async () => {
    const lead = await actorFor(regions.a.region.id, regions.a.user.id);
    await saveAgreement(lead, {
      signedOn: "2010-05-01",
      parties: "Land NRW und Kreis",
      isOpenEnded: "on",
      landPosts: "1",
      communalPosts: "1",
    });
    await saveSeatRule(lead, {
      bodyId: regions.a.steering.id,
      seatCategoryId: regions.a.category("kreis").id,
      minSeats: "1",
      maxSeats: "1",
      hasVote: "on",
    });
    const supervisor = await withoutRegion((tx) => createUser(tx));
    await grantPlatformRoleInTest(supervisor.id, "SUPERVISOR", regions.a.region.governmentDistrictId);
    const overview = await getDistrictOverview({ userId: supervisor.id, platformRole: "SUPERVISOR" });
    const slugs = overview.regions.map((r) => r.slug);
    expect(slugs).toContain(regions.a.region.slug);
    expect(slugs).not.toContain(regions.b.region.slug);
    const a = overview.regions.find((r) => r.slug === regions.a.region.slug)!;
    expect(a.agreement).toMatchObject({ isOpenEnded: true, hasSignedDocument: false });
    expect(a.steering).toMatchObject({
      hasRules: true,
      isComplete: false,
      issues: ["Kreis: 1 Sitz ist unbesetzt (Regel: Kreis: genau 1)."],
    });
    await expect(getDistrictOverview({ userId: supervisor.id, platformRole: null })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("the signed contract as a document", () => {
  it("accepts a PDF by content, stores it outside public/ with its checksum, and serves it only in its region", async () => {
    const lead = await actorFor(regions.b.region.id, regions.b.user.id);
    await saveAgreement(lead, {
      signedOn: "2011-01-01",
      parties: "Land NRW und Stadt",
      isOpenEnded: "on",
      landPosts: "1",
      communalPosts: "1",
    });
    await expect(attachSignedAgreement(lead, new File(["<html>kein pdf</html>"], "vertrag.pdf"))).rejects.toMatchObject(
      { fieldErrors: { file: ["Die Datei ist kein PDF-Dokument."] } },
    );
    await expect(attachSignedAgreement(lead, null)).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringContaining("Bitte wählen Sie")] },
    });
    const bytes = "%PDF-1.4\n% Kooperationsvertrag\n";
    const document = await attachSignedAgreement(
      lead,
      new File([bytes], "Vertrag Bielefeld/ä.pdf", { type: "text/plain" }),
    );
    expect(document).toMatchObject({
      mimeType: "application/pdf",
      fileName: "Vertrag Bielefeld_ä.pdf",
      sizeBytes: bytes.length,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(path.resolve(process.env.FILE_STORAGE_DIR!, document.storageKey)).not.toContain(
      `${path.sep}public${path.sep}`,
    );

    const audit = await withRegion(regions.b.region.id, (tx) =>
      tx.auditEvent.findFirst({ where: { action: "agreement.document-attached", entityId: document.id } }),
    );
    expect(audit?.details).toMatchObject({ sha256: document.sha256 });
    const download = await getDocumentForDownload(lead, document.id);
    expect(download.bytes.toString()).toBe(bytes);
    const foreign = await actorFor(regions.a.region.id, regions.a.user.id);
    await expect(getDocumentForDownload(foreign, document.id)).rejects.toBeInstanceOf(NotFoundError);
    const member = await withoutRegion((tx) => createUser(tx));
    await withRegion(regions.b.region.id, (tx) =>
      tx.regionRole.create({ data: { regionId: regions.b.region.id, userId: member.id, role: "STEERING_MEMBER" } }),
    );
    await expect(
      getDocumentForDownload(await actorFor(regions.b.region.id, member.id), document.id),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
