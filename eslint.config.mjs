// ESLint: Next's rules (core web vitals, TypeScript), the full jsx-a11y recommended set, the
// layering of the house as import restrictions, and the repo's own rule against running a
// transaction client in parallel. Formatting is Prettier's job (`npm run format`).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import house from "./scripts/eslint/no-parallel-transaction.mjs";

const databaseOnlyInLib = {
  group: ["@prisma/*", "**/lib/core/db/*", "**/lib/core/db", "@/lib/core/db/*"],
  message: "Die Datenbank gehört in lib/: Routen und Komponenten rufen Anwendungsfälle (lib/<bereich>/) auf.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "node_modules/",
    ".next/",
    ".data/",
    "lib/core/db/generated/",
    "test-results/",
    "playwright-report/",
    "next-env.d.ts",
  ]),
  {
    // jsx-a11y is registered by Next's config with a few rules; switch on the whole recommended set
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    plugins: { bildungsnetz: house },
    rules: {
      "bildungsnetz/no-parallel-transaction": "error",
      // Public reading pages are Pages Router pages that ship no JavaScript; a <Link> to them from
      // an App Router page prefetches them as RSC and leaves requests open, so plain <a> is right.
      "@next/next/no-html-link-for-pages": "off",
      // a `let` that a shutdown closure reads before its one assignment (scripts/start.ts) stays `let`
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**", "pages/**", "components/**", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseOnlyInLib] }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/pages/*", "@/components/*", "**/app/*", "**/pages/*", "**/components/*"],
              message:
                "lib/ kennt keine Routen und keine Oberfläche: Daten fließen von app/ und pages/ nach lib/, nie zurück.",
            },
          ],
        },
      ],
    },
  },
]);
