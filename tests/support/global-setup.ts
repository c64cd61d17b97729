// Starts the test PostgreSQL once per run and migrates a template database; every test
// file then gets its own copy (tests/support/database-per-file.ts).
// TEST_ADMIN_DATABASE_URL points the suite at another server (CI: PostgreSQL 15).
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import {
  dropDatabase,
  ensureDatabase,
  ensureRoles,
  withCredentials,
  withDatabase,
} from "../../lib/core/db/bootstrap.ts";
import { startEmbeddedCluster } from "../../lib/core/db/embedded.ts";
import { migrate } from "../../lib/core/db/migrate.ts";
import { OWNER_ROLE } from "../../lib/core/db/roles.ts";

export const TEMPLATE = "bn_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    testDb: { adminUrl: string; ownerPassword: string; appPassword: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  let passwords = { owner: randomBytes(12).toString("hex"), app: randomBytes(12).toString("hex") };
  let stop = async () => {};
  if (!adminUrl) {
    const cluster = await startEmbeddedCluster({
      baseDir: ".data/test",
      port: Number(process.env.BN_TEST_PG_PORT ?? 54339),
    });
    adminUrl = cluster.adminUrl;
    passwords = cluster.secrets;
    stop = cluster.stop;
  }
  await ensureRoles(adminUrl, passwords);
  await dropDatabase(adminUrl, TEMPLATE);
  await ensureDatabase(adminUrl, TEMPLATE);
  await migrate(withCredentials(withDatabase(adminUrl, TEMPLATE), OWNER_ROLE, passwords.owner));
  project.provide("testDb", {
    adminUrl,
    ownerPassword: passwords.owner,
    appPassword: passwords.app,
    template: TEMPLATE,
  });
  return async () => {
    await dropDatabase(adminUrl!, TEMPLATE);
    await stop();
  };
}
