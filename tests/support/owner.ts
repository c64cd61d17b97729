// What only the operator may do (the owner role): disable a login, change its address or
// hash, grant a platform role, read tokens. The app role cannot (issue 19, finding 8), so
// tests that set such a state up do it here.
import pg from "pg";
import { grantPlatformRole, type PlatformRoleName } from "../../lib/platform/grant-platform-role.ts";

export async function asOwner<R extends pg.QueryResultRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: process.env.TEST_OWNER_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export function grantPlatformRoleInTest(userId: string, role: PlatformRoleName, governmentDistrictId?: string) {
  return grantPlatformRole(process.env.TEST_OWNER_DATABASE_URL!, userId, role, governmentDistrictId ?? null);
}
