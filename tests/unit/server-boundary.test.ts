import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Takes the place of Next's build check of the "server-only" package (lib/core/server-only.ts says
// why): code that can end up in a browser bundle — client components, and the shared UI under
// components/ that the public pages (Pages Router) render — never imports server code.
const root = path.resolve(__dirname, "../..");
const GUARD = path.join(root, "lib/core/server-only.ts");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Value imports of a file (`import type` and `export type` are erased and do not count). */
function valueImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specs = [...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)].map(
    (m) => m[1]!,
  );
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** The chain of imports from `file` to the server guard, or null. Server actions are references in the browser. */
function pathToServer(file: string, seen = new Set<string>()): string[] | null {
  if (file === GUARD) return [file];
  if (seen.has(file)) return null;
  seen.add(file);
  if (/^\s*["']use server["']/.test(fs.readFileSync(file, "utf8"))) return null;
  for (const next of valueImports(file)) {
    const chain = pathToServer(next, seen);
    if (chain) return [file, ...chain];
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("server code stays out of browser bundles", () => {
  it("finds server modules through their imports (the check is not empty)", () => {
    expect(pathToServer(path.join(root, "lib/offers/search-offers.ts"))).not.toBeNull();
    expect(pathToServer(path.join(root, "lib/offers/offer-query.ts"))).toBeNull();
  });

  it("no client component and nothing under components/ imports server code", () => {
    const candidates = [
      ...sourceFiles("components"),
      ...["app", "lib", "pages"]
        .flatMap(sourceFiles)
        .filter((f) => /^\s*["']use client["']/.test(fs.readFileSync(f, "utf8"))),
    ];
    expect(candidates.length).toBeGreaterThan(20);
    const offenders = candidates
      .map((f) => pathToServer(f))
      .filter((chain): chain is string[] => chain !== null)
      .map((chain) => chain.map((f) => path.relative(root, f)).join(" → "));
    expect(offenders).toEqual([]);
  });
});
