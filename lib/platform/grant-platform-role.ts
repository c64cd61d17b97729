import "@/lib/core/server-only.ts";
import pg from "pg";

export type PlatformRoleName = "PLATFORM_ADMIN" | "SUPERVISOR";

/**
 * Platform roles are the operator's business, not a use case of the portal: the app role may
 * neither set "platformRole" nor a supervisor's "governmentDistrictId" (migration
 * "global_table_privileges", issue 19 finding 8). They are granted through the owner role's
 * connection (MIGRATE_DATABASE_URL) — by the demo seed, or by the operator with the same SQL.
 * Call it after the transaction that created the login has committed.
 */
export async function grantPlatformRole(
  ownerUrl: string,
  userId: string,
  role: PlatformRoleName | null,
  governmentDistrictId: string | null = null,
): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const result = await client.query(
      `UPDATE "User" SET "platformRole" = $2, "governmentDistrictId" = $3 WHERE "id" = $1`,
      [userId, role, governmentDistrictId],
    );
    if (result.rowCount !== 1) throw new Error(`Kein Zugang mit der Kennung ${userId}.`);
  } finally {
    await client.end();
  }
}

/** Whether `ownerUrl` connects as a role that may grant platform roles (checked before seeding). */
export async function canGrantPlatformRoles(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT has_column_privilege('public."User"', 'platformRole', 'UPDATE') AS ok`,
    );
    return rows[0]?.ok === true;
  } finally {
    await client.end();
  }
}
