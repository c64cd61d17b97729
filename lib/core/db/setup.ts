// Prepares a database on a cluster where we hold a superuser: roles, database, migrations.
import { ensureDatabase, ensureRoles, withCredentials, withDatabase, type RolePasswords } from "./bootstrap.ts";
import { migrate } from "./migrate.ts";
import { APP_ROLE, OWNER_ROLE } from "./roles.ts";

export interface PreparedDatabase {
  created: boolean;
  ownerUrl: string;
  appUrl: string;
}

export async function prepareDatabase(
  adminUrl: string,
  database: string,
  passwords: RolePasswords,
  log: (line: string) => void = () => {},
): Promise<PreparedDatabase> {
  await ensureRoles(adminUrl, passwords);
  const created = await ensureDatabase(adminUrl, database);
  const dbUrl = withDatabase(adminUrl, database);
  const ownerUrl = withCredentials(dbUrl, OWNER_ROLE, passwords.owner);
  const appUrl = withCredentials(dbUrl, APP_ROLE, passwords.app);
  await migrate(ownerUrl, log);
  return { created, ownerUrl, appUrl };
}
