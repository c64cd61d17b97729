import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LOGINS, loginAs, test } from "./fixtures";

// Issue 20: no internal page scrolls sideways on a 320 px phone, and each passes axe (WCAG 2.1 AA).
// The templates come from the folder tree (every app/[region]/intern/**/page.tsx, like
// no-server-errors.spec.ts), their dynamic segments are filled with demo ids that the lead's
// own pages link to. Walked as the office lead and as a Lenkungskreis member (who gets 404 for
// what is not theirs – that page must fit, too).
const INTERN = path.join(process.cwd(), "app", "[region]", "intern");
const REGION = "bielefeld";
const MEMBER = "lenkungskreis@bielefeld.example";

const templates = fs
  .readdirSync(INTERN, { recursive: true, encoding: "utf8" })
  .filter((f) => /(^|\/)page\.tsx$/.test(f))
  .map((f) => `/[region]/intern/${path.dirname(f)}`.replace(/\/\.$/, ""))
  .sort();

/**
 * The template with its dynamic segments filled, left to right: each from the links on the
 * nearest page above it (the list it belongs to), skipping static siblings ("beschluesse" is
 * no assignment id).
 */
async function fill(page: Page, template: string): Promise<string> {
  const parts = template.split("/");
  const filled: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (part === "[region]") filled.push(REGION);
    else if (!/^\[.+\]$/.test(part)) filled.push(part);
    else {
      const siblings = new Set(
        templates
          .filter((t) => t.startsWith(`${parts.slice(0, i).join("/")}/`))
          .map((t) => t.split("/")[i]!)
          .filter((segment) => !segment.startsWith("[")),
      );
      const prefix = `${filled.join("/")}/`;
      let value: string | undefined;
      for (let depth = filled.length; depth > 2 && !value; depth--) {
        await page.goto(filled.slice(0, depth).join("/"));
        const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        value = hrefs
          .map((h) => h.split(/[?#]/)[0]!)
          .filter((h) => h.startsWith(prefix))
          .map((h) => h.slice(prefix.length).split("/")[0]!)
          .find((v) => v && !siblings.has(v));
      }
      expect(value, `a demo value for ${part} in ${template}`).toBeTruthy();
      filled.push(value!);
    }
  }
  return filled.join("/");
}

test.use({ viewport: { width: 320, height: 720 } });
test.describe.configure({ mode: "parallel" });

test("the walk reads every internal template from the folder tree", () => {
  expect(templates).toEqual(
    expect.arrayContaining(["/[region]/intern", "/[region]/intern/suche", "/[region]/intern/sitzungen/[id]/protokoll"]),
  );
  expect(templates.length).toBeGreaterThan(20);
});

for (const [who, email] of [
  ["Leitung Bildungsbüro", LOGINS.bielefeldLead],
  ["Lenkungskreis", MEMBER],
] as const) {
  for (const template of templates) {
    test(`320 px, ${who}: ${template} fits without sideways scrolling and passes axe`, async ({ page }) => {
      await loginAs(page, LOGINS.bielefeldLead);
      const target = template.endsWith("/suche") ? `/${REGION}/intern/suche?q=Sitzung` : await fill(page, template);
      if (email !== LOGINS.bielefeldLead) {
        await page.context().clearCookies();
        await loginAs(page, email);
      }
      const response = await page.goto(target);
      expect(response!.status(), target).toBeLessThan(email === LOGINS.bielefeldLead ? 400 : 500);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        widest: [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 80)),
      }));
      expect(widths.scroll, `${target} is ${widths.scroll}px wide: ${widths.widest.join(" | ")}`).toBeLessThanOrEqual(
        320,
      );
      await expectNoAxeViolations(page);
    });
  }
}
