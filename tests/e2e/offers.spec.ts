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

test("the dates page links calendar feeds that calendar apps can read", async ({ page, request }) => {
  await page.goto("/kreis-mettmann/termine");
  await expect(page.getByRole("heading", { name: "Kommende Termine von Bildungsangeboten" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Museum als Lernort: Steinzeit erleben" })).toBeVisible();
  await expectNoAxeViolations(page);
  const href = await page.getByRole("link", { name: "Kalender abonnieren (iCalendar)" }).getAttribute("href");
  const ICAL = (await import("ical.js")).default;
  const events = async (url: string) => {
    const response = await request.get(url);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    return new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).summary);
  };
  const all = await events(href!);
  expect(all).toEqual(expect.arrayContaining(["Museum als Lernort: Steinzeit erleben", "MINT-Forscherwerkstatt für Grundschulen", expect.stringContaining("Bildungskonferenz: Übergänge gemeinsam gestalten")]));
  expect(await events("/kreis-mettmann/termine.ics?handlungsfeld=mint")).toEqual(["MINT-Forscherwerkstatt für Grundschulen"]);
  expect((await request.get("/kreis-mettmann/termine.ics?handlungsfeld=unbekannt")).status()).toBe(404);
});
