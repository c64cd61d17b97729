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

/** The nearest page above a pattern whose links name the dynamic segment, and the regex for them. */
async function fill(page: Page, pattern: string): Promise<string> {
  let url = pattern.replace("[region]", REGION);
  while (/\[[^\]]+\]/.test(url)) {
    const prefix = url.slice(0, url.indexOf("["));
    const dynamicPart = url.slice(prefix.length).split("/")[0]!;
    const rest = url.slice(prefix.length + dynamicPart.length);
    let value: string | null = null;
    for (let parent = prefix.replace(/\/$/, ""); parent.includes("/intern") && !value;) {
      await page.goto(parent);
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      value =
        hrefs
          .map((h) => h.split(/[?#]/)[0]!)
          .filter((h) => h.startsWith(prefix))
          .map((h) => h.slice(prefix.length).split("/")[0]!)
          .find((v) => v && !templates.some((t) => t.endsWith(`${prefix.slice(`/${REGION}`.length)}${v}`))) ?? null;
      parent = parent.slice(0, parent.lastIndexOf("/"));
    }
    expect(value, `a demo value for ${pattern}`).toBeTruthy();
    url = `${prefix}${value}${rest}`;
  }
  return url;
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
      const target = await fill(page, template.includes("/suche") ? `${template}?q=Sitzung` : template);
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
