import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every server action of a region's internal pages has one shape: regionAction (lib/core/forms/region-action.ts)
// gates the region, runs the form, revalidates and redirects. A local helper or an inline
// requireRegion + runForm + revalidatePath would be a second dialect that can forget a step,
// so the action files may only export actions built with the wrapper and never call its parts.
const root = path.resolve(__dirname, "../..");
const INTERN = path.join(root, "app/[region]/intern");
const WRAPPER_PARTS = ["requireRegion", "runForm", "revalidatePath"];
// Redirecting and revalidating by hand would bypass it as well.
const WRAPPER_MODULES = ["next/cache", "next/navigation"];

function actionFiles(): string[] {
  return fs
    .readdirSync(INTERN, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "actions.ts")
    .map((f) => path.join(INTERN, f))
    .sort();
}

/** Export statements that are not `export const name = regionAction(…)`. */
function foreignExports(source: string): string[] {
  return [...source.matchAll(/^\s*export\b.*$/gm)]
    .map((m) => m[0].trim())
    .filter((line) => !/^export const \w+ = regionAction\(/.test(line));
}

/** The wrapper's parts, named anywhere outside comments (an import counts as well as a call). */
function wrapperParts(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  return [
    ...WRAPPER_PARTS.filter((name) => new RegExp(`\\b${name}\\b`).test(code)),
    ...WRAPPER_MODULES.filter((module) => code.includes(`"${module}"`)),
  ];
}

describe("region actions have one shape", () => {
  const files = actionFiles();

  it("finds the action files and would notice a stray shape (the check is not empty)", () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(foreignExports("export async function fooAction() {}\nexport const a = regionAction(")).toEqual([
      "export async function fooAction() {}",
    ]);
    expect(wrapperParts("const c = await requireRegion(slug); // runForm")).toEqual(["requireRegion"]);
    expect(wrapperParts('import { redirect } from "next/navigation";')).toEqual(["next/navigation"]);
  });

  it.each(files.map((f) => [path.relative(root, f)]))("%s exports only regionAction(…) actions", (file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    expect(source).toMatch(/^import \{[^}]*\bregionAction\b[^}]*\} from "@\/lib\/core\/forms\/region-action";$/m);
    expect(source).not.toMatch(/(function|const|let|var)\s+regionAction\b/);
    expect(source).toMatch(/^export const \w+ = regionAction\(/m);
    expect(foreignExports(source)).toEqual([]);
  });

  it.each(files.map((f) => [path.relative(root, f)]))(
    "%s leaves requireRegion, runForm, revalidatePath and redirect to the wrapper",
    (file) => {
      expect(wrapperParts(fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
    },
  );
});
