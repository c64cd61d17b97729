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
  "/bielefeld/veranstaltungen/stornieren/kein-gueltiger-link",
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
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(jsonLd["@context"]).toBe("https://schema.org");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    "content",
    new RegExp(`${new URL(page.url()).pathname}$`),
  );
  await expectNoAxeViolations(page);
});

test("a public page without JavaScript shows who is logged in, and logging out goes through the confirming button", async ({
  page,
}) => {
  await loginAs(page, LOGINS.bielefeldConference);
  await page.goto("/bielefeld/angebote");
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Intern" })).toHaveAttribute("href", "/bielefeld/intern");
  await expect(nav).toContainText("Angemeldet als");
  await nav.getByRole("link", { name: "Abmelden" }).click();
  await expect(page).toHaveURL("/abmelden");
  await page.getByRole("main").getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1/);
  await page.goto("/bielefeld/angebote");
  await expect(
    page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Anmelden" }),
  ).toBeVisible();
});

test("an unknown region or body answers 404 with the German notice", async ({ page }) => {
  for (const path of [
    "/keine-region/angebote",
    "/bielefeld/gremien/kein-gremium",
    "/bielefeld/angebote/00000000-0000-4000-8000-000000000000",
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
});

test("visitors get the kept page until the office changes something; then the next request shows the change", async ({
  page,
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const privacy = () => visitor.get("/rhein-sieg-kreis/datenschutz");
  await privacy();
  const kept = await privacy();
  expect(kept.headers()["x-page-cache"]).toBe("hit");

  await loginAs(page, "leitung@rhein-sieg-kreis.example");
  await page.goto("/rhein-sieg-kreis/intern/verwaltung/rechtliches");
  const form = page.getByRole("form", { name: "Datenschutzerklärung" });
  await form
    .getByLabel("Eigener Text für „Datenschutzerklärung“")
    .fill("## Verantwortliche Stelle\n\nRhein-Sieg-Kreis, Bildungsbüro, Kaiser-Wilhelm-Platz 1, 53721 Siegburg");
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

test.describe("registering for an event without JavaScript", () => {
  // (axe needs JavaScript in the page; the browser test of the conference loop runs it on both states of this form)
  test.use({ javaScriptEnabled: false });

  test("the form posts to the page: messages next to the fields with the input kept, then the confirmation; no script on the way", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto("/bielefeld/termine");
    await page.getByRole("link", { name: "Fachtag Übergänge gestalten" }).first().click();
    await expect(page).toHaveURL(/\/bielefeld\/veranstaltungen\/[0-9a-f-]{36}$/);
    const eventPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fachtag Übergänge gestalten");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
    expect(jsonLd["@type"]).toBe("Event");

    const form = page.getByRole("form", { name: "Anmeldung" });
    await form.getByLabel("Einrichtung (z. B. Schule, Kita, Verein)").fill("Grundschule am Park");
    await form.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill("keine-adresse");
    const [invalid] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      form.getByRole("button", { name: "Verbindlich anmelden" }).click(),
    ]);
    expect(invalid.status()).toBe(422);
    await expect(form.getByText("Bitte geben Sie Ihren Namen mit mindestens 2 Zeichen an.")).toHaveCount(2); // next to the field and in the error summary
    await expect(form.getByLabel("Vor- und Nachname (Pflichtfeld)")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Einrichtung (z. B. Schule, Kita, Verein)")).toHaveValue("Grundschule am Park");
    await expect(form.getByLabel("E-Mail-Adresse (Pflichtfeld)")).toHaveValue("keine-adresse");

    await form.getByLabel("Vor- und Nachname (Pflichtfeld)").fill("Mehmet Öztürk");
    await form.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill(`mehmet.${Date.now()}@schule.example`);
    await form.getByLabel("Forum", { exact: true }).selectOption({ index: 1 });
    await form.getByLabel(/Ich bin einverstanden/).check();
    await form.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await expect(page).toHaveURL(new RegExp(`${eventPath}\\?anmeldung=bestaetigt#anmeldung$`));
    await expect(
      page.getByRole("status").filter({ hasText: "Vielen Dank, Ihre Anmeldung ist bestätigt." }),
    ).toBeVisible();
    await expect(form.getByLabel("Vor- und Nachname (Pflichtfeld)")).toHaveValue("");
    expect(scripts).toEqual([]);
  });

  test("a post from another site is refused and registers nobody", async ({ page }) => {
    await page.goto("/bielefeld/termine");
    await page.getByRole("link", { name: "Fachtag Übergänge gestalten" }).first().click();
    const eventPath = new URL(page.url()).pathname;
    const response = await page.request.post(eventPath, {
      headers: { Origin: "https://andere-seite.example" },
      form: { name: "Fremde Seite", email: `fremd.${Date.now()}@andere-seite.example`, consent: "on" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Das Formular kam nicht von dieser Website");
    // the office's list of registrations
    await loginAs(page, LOGINS.bielefeldLead);
    await page.goto(eventPath.replace("/bielefeld/", "/bielefeld/intern/"));
    await expect(page.getByTestId("plaetze")).toContainText("Plätzen bestätigt");
    await expect(page.getByText("Fremde Seite")).toHaveCount(0);
  });
});
