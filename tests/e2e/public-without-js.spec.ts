import { expect, expectNoAxeViolations, LOGINS, loginAs, test } from "./fixtures";

// The public pages for reading are plain HTML (Pages Router, unstable_runtimeJS: false):
// no script runs, none is even requested, and they still work, look right and pass axe.
const READ_ONLY_TEMPLATES = [
  "/",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/angebote?q=Eltern",
  "/bielefeld",
  "/bielefeld/angebote?q=Eltern&sortierung=datum",
  "/bielefeld/termine",
  "/bielefeld/gremien/lenkungskreis",
  "/bielefeld/handlungsfelder/uebergang-kita-grundschule",
  "/bielefeld/impressum",
  "/bielefeld/datenschutz",
  "/bielefeld/barrierefreiheit",
];

for (const path of READ_ONLY_TEMPLATES) {
  test(`no JavaScript: ${path} requests no script and passes axe`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    // JSON-LD data blocks are data, not code; anything else would be JavaScript
    expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).toEqual([]);
    expect(scripts).toEqual([]);
    await expect(page).toHaveTitle(/– Bildungsnetz NRW$|^Bildungsnetz NRW$/);
    await expect(page.locator("main#inhalt h1")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test("no JavaScript: the offer page from a search result, with its JSON-LD and OpenGraph", async ({ page }) => {
  await page.goto("/bielefeld/angebote?q=Eltern");
  await page.locator("main ol a, main ul a").filter({ hasText: /\w/ }).first().click();
  await expect(page).toHaveURL(/\/bielefeld\/angebote\/[0-9a-f-]{36}$/);
  const html = await (await page.request.get(page.url())).text();
  expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).toEqual([]);
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? "");
  expect(jsonLd["@context"]).toBe("https://schema.org");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${new URL(page.url()).pathname}$`));
  await expectNoAxeViolations(page);
});

test("a public page without JavaScript shows who is logged in, and logging out goes through the confirming button", async ({ page }) => {
  await loginAs(page, LOGINS.bielefeldLead);
  await page.goto("/bielefeld/angebote");
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Intern" })).toHaveAttribute("href", "/bielefeld/intern");
  await expect(nav).toContainText("Angemeldet als");
  await nav.getByRole("link", { name: "Abmelden" }).click();
  await expect(page).toHaveURL("/abmelden");
  await page.getByRole("main").getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1/);
  await page.goto("/bielefeld/angebote");
  await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Anmelden" })).toBeVisible();
});

test("an unknown region or body answers 404 with the German notice", async ({ page }) => {
  for (const path of ["/keine-region/angebote", "/bielefeld/gremien/kein-gremium", "/bielefeld/angebote/00000000-0000-4000-8000-000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
});

test("visitors get the kept page until the office changes something; then the next request shows the change", async ({ page, playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const privacy = () => visitor.get("/rhein-sieg-kreis/datenschutz");
  await privacy();
  const kept = await privacy();
  expect(kept.headers()["x-page-cache"]).toBe("hit");

  await loginAs(page, "leitung@rhein-sieg-kreis.example");
  await page.goto("/rhein-sieg-kreis/intern/verwaltung/rechtliches");
  const form = page.getByRole("form", { name: "Datenschutzerklärung" });
  await form.getByLabel("Eigener Text für „Datenschutzerklärung“").fill("## Verantwortliche Stelle\n\nRhein-Sieg-Kreis, Bildungsbüro, Kaiser-Wilhelm-Platz 1, 53721 Siegburg");
  await form.getByRole("button", { name: "Datenschutzerklärung speichern" }).click();
  await expect(page.getByText("„Datenschutzerklärung“ ist gespeichert und öffentlich sichtbar.")).toBeVisible();

  const fresh = await privacy();
  expect(fresh.headers()["x-page-cache"]).toBeUndefined();
  expect(await fresh.text()).toContain("Kaiser-Wilhelm-Platz 1");
  expect((await privacy()).headers()["x-page-cache"]).toBe("hit");
  // logged in, the page is rendered for the person (name in the header), never from the kept copy
  const own = await page.request.get("/rhein-sieg-kreis/datenschutz");
  expect(own.headers()["x-page-cache"]).toBeUndefined();
  await visitor.dispose();
});
