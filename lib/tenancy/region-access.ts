import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";
import { permissionsFor, type Permission, type RegionRoleName } from "@/lib/permissions.ts";

export interface RegionAccess {
  roles: RegionRoleName[];
  /** A role of the user in this region whose invitation was not yet taken up. */
  hasOpenInvitation: boolean;
  permissions: ReadonlySet<Permission>;
  can(permission: Permission): boolean;
}

/** The roles and permissions of a user in one region (none if they are not a member). */
export async function loadRegionAccess(regionId: string, userId: string): Promise<RegionAccess> {
  const rows = await withRegion(
    regionId,
    (tx) => tx.regionRole.findMany({ where: { regionId, userId }, select: { role: true, acceptedAt: true } }),
    { userId },
  );
  const roles = rows.map((row) => row.role);
  const permissions = permissionsFor(roles);
  return {
    roles,
    hasOpenInvitation: rows.some((row) => row.acceptedAt === null),
    permissions,
    can: (permission) => permissions.has(permission),
  };
}

/**
 * The person has opened the region's internal area: its invitations count as taken up
 * ("Einladung angenommen" in the region's user list). Region-local, unlike the login's last
 * login, which other regions must not see. Does not end sessions (the trigger ignores it).
 */
export async function acceptRegionInvitations(regionId: string, userId: string): Promise<void> {
  await withRegion(regionId, (tx) =>
    tx.regionRole.updateMany({ where: { regionId, userId, acceptedAt: null }, data: { acceptedAt: new Date() } }),
  );
}

/** Regions in which a user holds a role, read through the own-roles policy (sorted by name). */
export async function listUserRegions(userId: string): Promise<{ id: string; slug: string; name: string }[]> {
  const rows = await withoutRegion(
    (tx) =>
      tx.regionRole.findMany({
        where: { userId },
        select: { region: { select: { id: true, slug: true, name: true } } },
        distinct: ["regionId"],
      }),
    { userId },
  );
  return rows.map((row) => row.region).sort((a, b) => a.name.localeCompare(b.name, "de"));
}
