import { expect, expectNoAxeViolations, LOGINS, loginAs, test } from "./fixtures";

for (const path of ["/", "/kreis-mettmann", "/kreis-mettmann/termine", "/anmelden", "/abmelden", "/gibt-es-nicht"]) {
  test(`axe: ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("axe: the dashboard has no WCAG 2.1 AA violations", async ({ page }) => {
  await loginAs(page, LOGINS.bielefeldLead);
  await page.goto("/bielefeld/intern");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("keyboard: the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto("/kreis-mettmann");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#inhalt")).toBeFocused();
});

test("keyboard only: log in and reach the dashboard", async ({ page }) => {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").focus();
  await page.keyboard.type(LOGINS.mettmannSteering);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Bildung-NRW-2026");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/kreis-mettmann/intern");
});

for (const path of [
  "/bielefeld/intern/verwaltung/vertrag",
  "/bielefeld/intern/verwaltung/gremien/lenkungskreis",
  "/bielefeld/intern/verwaltung/personen",
  "/bielefeld/intern/verwaltung/nutzer",
]) {
  test(`axe: ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await loginAs(page, LOGINS.bielefeldLead);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}

test("axe: a public body page has no WCAG 2.1 AA violations", async ({ page }) => {
  await page.goto("/kreis-mettmann/gremien/lenkungskreis");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lenkungskreis");
  await expectNoAxeViolations(page);
});

test("axe and 320 px: a public event page with programme and registration form, reached from the dates page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/bielefeld/termine");
  await page.getByRole("link", { name: "Fachtag Übergänge gestalten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fachtag Übergänge gestalten");
  await expect(page.getByRole("form", { name: "Anmeldung" })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<
    string,
    unknown
  >;
  expect(jsonLd).toMatchObject({
    "@type": "Event",
    name: "Fachtag Übergänge gestalten",
    maximumAttendeeCapacity: 80,
    location: { "@type": "Place" },
  });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

for (const path of [
  "/bielefeld/handlungsfelder/uebergang-kita-grundschule",
  "/bielefeld/veranstaltungen/stornieren/kein-gueltiger-link",
]) {
  test(`axe: ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}

for (const path of [
  "/bielefeld/intern/veranstaltungen",
  "/bielefeld/intern/empfehlungen",
  "/bielefeld/intern/handlungsfelder/uebergang-kita-grundschule",
  "/bielefeld/intern/empfehlungen/bericht",
]) {
  test(`axe: ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await loginAs(page, LOGINS.bielefeldLead);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}
