import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI only needs a database for commands we do not use (migrations are applied by
// scripts/db.ts with node-pg-migrate); generate and migrate diff run without one.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    return new PrismaPg({
      connectionString:
        process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://127.0.0.1:1/unused",
    });
  },
});
