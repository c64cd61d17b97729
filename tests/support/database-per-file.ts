// A fresh database for this test file, cloned from the migrated template (~50 ms).
// lib/core/db reads DATABASE_URL lazily, so everything in this file talks to it as the app role.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { dropDatabase, ensureDatabase, withCredentials, withDatabase } from "../../lib/core/db/bootstrap.ts";
import { disconnectDb } from "../../lib/core/db/client.ts";
import { APP_ROLE, OWNER_ROLE } from "../../lib/core/db/roles.ts";

const { adminUrl, ownerPassword, appPassword, template } = inject("testDb");
const name = `bn_test_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, template);

const dbUrl = withDatabase(adminUrl, name);
process.env.DATABASE_URL = withCredentials(dbUrl, APP_ROLE, appPassword);
process.env.TEST_OWNER_DATABASE_URL = withCredentials(dbUrl, OWNER_ROLE, ownerPassword);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});
