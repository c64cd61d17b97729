// Found walking the portal at 320 px: a long German compound in a title ("Berufsorientierungsmesse",
// "Datenschutzerklärung:") or typed into a meeting pushed the page sideways (WCAG 1.4.10 Reflow).
// Long words now break at the edge (overflow-wrap on the root, hyphenation in the page title).
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { daysFromNow } from "../support/clock.ts";

test.use({ viewport: { width: 320, height: 720 } });

const COMPOUND = "Bildungsnetzwerkkoordinierungsausschusssitzungsvorbereitung";

async function expectNoSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    `sideways scroll on ${page.url()}`,
  ).toBe(0);
}

test("demo pages whose titles are long compounds fit 320 px: the public privacy page and an offer", async ({
  page,
}) => {
  await page.goto("/kreis-mettmann/datenschutz");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Datenschutzerklärung");
  await expectNoSidewaysScroll(page);

  await loginAs(page, "leitung@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/angebote");
  await page.getByRole("link", { name: "Berufsorientierungsmesse Neandertal" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berufsorientierungsmesse Neandertal");
  await expectNoSidewaysScroll(page);
});

test("a meeting with a long compound as title, place and TOP fits 320 px on its page and in the list", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const title = `${COMPOUND} ${Date.now().toString(36)}`;
  // The Rhein-Sieg-Kreis: no other test counts its future meetings.
  await loginAs(page, "leitung@rhein-sieg-kreis.example");
  await page.goto("/rhein-sieg-kreis/intern/sitzungen");
  await page.getByLabel("Gremium (Pflichtfeld)").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(title);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(40, "14:00"));
  await page.getByLabel("Ort", { exact: true }).fill(COMPOUND);
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const add = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  await add.getByLabel("Titel (Pflichtfeld)").fill(`${COMPOUND}sbeschluss`);
  await add.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText(`„${COMPOUND}sbeschluss“ ist auf der Tagesordnung.`)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  await page.goto("/rhein-sieg-kreis/intern/sitzungen");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
