import "server-only";
import { withoutRegion, withRegion } from "@/lib/db/client.ts";
import { permissionsFor, type Permission, type RegionRoleName } from "@/lib/permissions.ts";

export interface RegionAccess {
  roles: RegionRoleName[];
  permissions: ReadonlySet<Permission>;
  can(permission: Permission): boolean;
}

/** The roles and permissions of a user in one region (none if they are not a member). */
export async function loadRegionAccess(regionId: string, userId: string): Promise<RegionAccess> {
  const rows = await withRegion(
    regionId,
    (tx) => tx.regionRole.findMany({ where: { regionId, userId }, select: { role: true } }),
    { userId },
  );
  const roles = rows.map((row) => row.role);
  const permissions = permissionsFor(roles);
  return { roles, permissions, can: (permission) => permissions.has(permission) };
}

/** Regions in which a user holds a role (read through the own-roles policy). */
export async function listUserRegionIds(userId: string): Promise<string[]> {
  const rows = await withoutRegion((tx) => tx.regionRole.findMany({ where: { userId }, select: { regionId: true }, distinct: ["regionId"] }), { userId });
  return rows.map((row) => row.regionId);
}
