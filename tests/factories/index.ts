// Factories shared by the seed and the tests. Every factory takes the transaction it runs
// in; region-owned ones take the region id explicitly. Defaults are unique per call, so test
// files can run in parallel on their own databases without clashing.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password.ts";
import type { Prisma, Tx } from "../../lib/core/db/client.ts";
import { createStandardStructure } from "../../lib/regions/create-standard-structure.ts";

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createGovernmentDistrict(
  tx: Tx,
  data: Partial<Prisma.GovernmentDistrictUncheckedCreateInput> = {},
) {
  const slug = data.slug ?? unique("bezirk");
  return tx.governmentDistrict.upsert({
    where: { slug },
    update: {},
    create: { name: `Regierungsbezirk ${slug}`, ...data, slug },
  });
}

export async function createRegion(tx: Tx, data: Partial<Prisma.RegionUncheckedCreateInput> = {}) {
  const governmentDistrictId = data.governmentDistrictId ?? (await createGovernmentDistrict(tx)).id;
  const slug = data.slug ?? unique("region");
  return tx.region.create({
    data: { name: `Kreis ${slug}`, kind: "KREIS", about: "", ...data, slug, governmentDistrictId },
  });
}

/** The columns of a login the app role may read (never "passwordHash"). */
export const USER_COLUMNS = {
  id: true,
  email: true,
  name: true,
  sessionVersion: true,
  platformRole: true,
  governmentDistrictId: true,
  disabledAt: true,
  lastLoginAt: true,
  createdByRegionId: true,
  createdAt: true,
} as const;

/**
 * A login with a password, created as the app role: the row with what the app may insert,
 * then its first password through app_set_new_login_password (only for a login created in
 * the same transaction). `password: null` leaves it pending, like an invitation. Platform
 * roles and disabling are the operator's (tests/support/owner.ts).
 */
export async function createUser(
  tx: Tx,
  data: Partial<Pick<Prisma.UserUncheckedCreateInput, "id" | "email" | "name" | "createdByRegionId">> & {
    password?: string | null;
  } = {},
) {
  const { password = "Test-Passwort-1", ...rest } = data;
  const { id } = await tx.user.create({
    data: { email: `${unique("nutzer")}@test.example`, name: "Test Nutzer*in", ...rest },
    select: { id: true },
  });
  if (password !== null)
    await tx.$executeRaw`SELECT app_set_new_login_password(${id}::uuid, ${await hashPassword(password)})`;
  return tx.user.findUniqueOrThrow({ where: { id }, select: USER_COLUMNS });
}

export async function grantRole(
  tx: Tx,
  regionId: string,
  userId: string,
  role: Prisma.RegionRoleUncheckedCreateInput["role"],
  extra: Pick<Prisma.RegionRoleUncheckedCreateInput, "invitedName" | "acceptedAt"> = {},
) {
  return tx.regionRole.create({ data: { regionId, userId, role, ...extra } });
}

export { createStandardStructure };

export async function createBody(tx: Tx, regionId: string, data: Partial<Prisma.BodyUncheckedCreateInput> = {}) {
  const slug = data.slug ?? unique("gremium");
  return tx.body.create({ data: { kind: "WORKING_GROUP", name: `Arbeitskreis ${slug}`, ...data, slug, regionId } });
}

export async function createPerson(tx: Tx, regionId: string, data: Partial<Prisma.PersonUncheckedCreateInput> = {}) {
  return tx.person.create({ data: { givenName: "Erika", familyName: unique("Mustermann"), ...data, regionId } });
}

export async function createSeatCategory(
  tx: Tx,
  regionId: string,
  data: Partial<Prisma.SeatCategoryUncheckedCreateInput> = {},
) {
  const key = data.key ?? unique("sitz");
  return tx.seatCategory.create({ data: { name: `Sitz ${key}`, ...data, key, regionId } });
}

export async function createMembership(
  tx: Tx,
  regionId: string,
  data: Pick<Prisma.MembershipUncheckedCreateInput, "bodyId" | "personId" | "seatCategoryId"> &
    Partial<Prisma.MembershipUncheckedCreateInput>,
) {
  return tx.membership.create({ data: { startsOn: new Date("2024-01-01"), ...data, regionId } });
}

export async function createMeeting(
  tx: Tx,
  regionId: string,
  data: Pick<Prisma.MeetingUncheckedCreateInput, "bodyId"> & Partial<Prisma.MeetingUncheckedCreateInput>,
) {
  return tx.meeting.create({
    data: { title: "Sitzung", startsAt: new Date(Date.now() + 14 * 86_400_000), ...data, regionId },
  });
}

export async function createOffer(tx: Tx, regionId: string, data: Partial<Prisma.OfferUncheckedCreateInput> = {}) {
  return tx.offer.create({ data: { title: unique("Angebot"), kind: "PROJECT", targetGroups: [], ...data, regionId } });
}

export async function createAuditEvent(
  tx: Tx,
  regionId: string,
  data: Partial<Prisma.AuditEventUncheckedCreateInput> = {},
) {
  return tx.auditEvent.create({ data: { action: "test", entityType: "Test", ...data, regionId } });
}
