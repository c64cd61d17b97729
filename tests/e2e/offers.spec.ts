import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("offer search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search and filter offers with a plain GET form; every result page has its own URL", async ({ page }) => {
    await page.goto("/kreis-mettmann");
    await page.getByRole("link", { name: "Bildungsangebote suchen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bildungsangebote");
    await expect(page.getByRole("heading", { name: "3 Angebote" })).toBeVisible();

    const search = page.getByRole("search", { name: "Angebote durchsuchen" });
    await search.getByLabel("Suchbegriff").fill("Grundschule"); // stemmed: finds "Grundschulen"
    await search.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/kreis-mettmann\/angebote\?q=Grundschule&/);
    await expect(page.getByRole("heading", { name: "1 Angebot" })).toBeVisible();
    await expect(page.getByRole("link", { name: "MINT-Forscherwerkstatt für Grundschulen" })).toBeVisible();

    // a filter that excludes it: both conditions must hold
    await search.getByLabel("Art des Angebots").selectOption({ label: "Veranstaltung" });
    await search.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/q=Grundschule.*&art=EVENT/);
    await expect(page.getByRole("heading", { name: "Keine passenden Angebote" })).toBeVisible();
    await expect(search.getByLabel("Suchbegriff")).toHaveValue("Grundschule");
    await expect(search.getByLabel("Art des Angebots")).toHaveValue("EVENT");

    // umlaut spelling and a typo, straight from a shared URL
    await page.goto("/kreis-mettmann/angebote?q=Berufsorientirung&kommune=egal");
    await expect(page.getByRole("link", { name: "Berufsorientierungsmesse Neandertal" })).toBeVisible();
    await page.goto("/kreis-mettmann/angebote?q=Museum&von=gestern");
    await expect(page.getByText("„gestern“ ist kein Datum")).toBeVisible();
    await page.getByRole("link", { name: "Museum als Lernort: Steinzeit erleben" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Museum als Lernort: Steinzeit erleben");
    await expect(page.getByText("Neanderthal Museum, Talstraße 300, 40822 Mettmann")).toBeVisible();
  });
});

test("axe finds nothing on the search page with filters and notes, and on an offer page", async ({ page }) => {
  await page.goto("/kreis-mettmann/angebote?q=Museum&von=gestern&kostenlos=ja");
  await expect(page.getByText("„gestern“ ist kein Datum")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Museum als Lernort: Steinzeit erleben" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Museum als Lernort: Steinzeit erleben");
  await expectNoAxeViolations(page);
});

test("the search page is usable at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/bielefeld/angebote?q=Eltern");
  await expect(page.getByRole("link", { name: "Sprachcafé für neu zugewanderte Eltern" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
