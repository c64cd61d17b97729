import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: [{ find: /^@\//, replacement: `${root}/` }],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"], environment: "node" },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123" },
        },
      },
    ],
  },
});
