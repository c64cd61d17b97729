import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";
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
