import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";

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
  // schema.org JSON-LD parses and describes the place; OpenGraph names the offer
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(jsonLd).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Place",
    name: "Neanderthal Museum",
    address: { streetAddress: "Talstraße 300", postalCode: "40822" },
  });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Museum als Lernort: Steinzeit erleben",
  );
  await page.goto("/kreis-mettmann/angebote?q=Berufsorientierungsmesse");
  await page.getByRole("link", { name: "Berufsorientierungsmesse Neandertal" }).click();
  const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(event).toMatchObject({
    "@type": "Event",
    name: "Berufsorientierungsmesse Neandertal",
    location: { name: "Stadthalle Mettmann" },
  });
  expect(Date.parse(event.startDate)).toBeGreaterThan(Date.now());
});

test("the search page is usable at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/bielefeld/angebote?q=Eltern");
  await expect(page.getByRole("link", { name: "Sprachcafé für neu zugewanderte Eltern" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
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
    return new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v).summary);
  };
  const all = await events(href!);
  expect(all).toEqual(
    expect.arrayContaining([
      "Museum als Lernort: Steinzeit erleben",
      "MINT-Forscherwerkstatt für Grundschulen",
      expect.stringContaining("Bildungskonferenz: Übergänge gemeinsam gestalten"),
    ]),
  );
  // the MINT feed: MINT offers and the events with a MINT forum (the seeded Fachtag), nothing else
  const mint = await events("/kreis-mettmann/termine.ics?handlungsfeld=mint");
  expect(mint).toEqual(
    expect.arrayContaining(["MINT-Forscherwerkstatt für Grundschulen", "Fachtag Übergänge gestalten"]),
  );
  expect(mint).not.toContain("Museum als Lernort: Steinzeit erleben");
  expect(mint.some((title) => title.includes("Bildungskonferenz: Übergänge gemeinsam gestalten"))).toBe(false);
  expect((await request.get("/kreis-mettmann/termine.ics?handlungsfeld=unbekannt")).status()).toBe(404);
});

test("every public page links Impressum, Datenschutz and Barrierefreiheit; the office lead edits the region's imprint", async ({
  page,
}) => {
  for (const path of [
    "/",
    "/kreis-mettmann",
    "/kreis-mettmann/angebote",
    "/kreis-mettmann/termine",
    "/kreis-mettmann/gremien/lenkungskreis",
  ]) {
    await page.goto(path);
    const portal = page.getByRole("navigation", { name: "Rechtliches zum Portal" });
    for (const name of ["Impressum", "Datenschutz", "Erklärung zur Barrierefreiheit"])
      await expect(portal.getByRole("link", { name })).toBeVisible();
    if (path !== "/")
      await expect(
        page.getByRole("navigation", { name: "Rechtliches: Bildungsnetzwerk Kreis Mettmann" }).getByRole("link"),
      ).toHaveCount(3);
  }
  await page.getByRole("link", { name: "Erklärung zur Barrierefreiheit Kreis Mettmann" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Erklärung zur Barrierefreiheit: Bildungsnetzwerk Kreis Mettmann",
  );
  await expectNoAxeViolations(page);
  await page.goto("/barrierefreiheit");
  await expect(page.getByText("des Portals Bildungsnetz NRW")).toBeVisible();
  await expectNoAxeViolations(page);

  await loginAs(page, "leitung@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/verwaltung/rechtliches");
  await expectNoAxeViolations(page);
  const imprint = page.getByRole("form", { name: "Impressum" });
  await imprint
    .getByLabel("Eigener Text für „Impressum“")
    .fill("## Angaben gemäß § 5 DDG\n\nKreis Mettmann, Bildungsbüro, Düsseldorfer Straße 26, 40822 Mettmann");
  await imprint.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByText("„Impressum“ ist gespeichert und öffentlich sichtbar.")).toBeVisible();
  await page.goto("/kreis-mettmann/impressum");
  await expect(page.getByText("Düsseldorfer Straße 26, 40822 Mettmann")).toBeVisible();
});

test.describe("NRW-wide search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("from the start page across all regions, then narrowed to one region", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Bildungsangebote in ganz NRW suchen" }).fill("Werkstatt");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bildungsangebote in Nordrhein-Westfalen");
    await expect(page.getByRole("link", { name: "MINT-Forscherwerkstatt für Grundschulen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kulturrucksack: Theaterwerkstatt Siebengebirge" })).toBeVisible();
    const search = page.getByRole("search", { name: "Angebote durchsuchen" });
    await search.getByLabel("Bildungsregion").selectOption({ label: "Rhein-Sieg-Kreis" });
    await search.getByRole("button", { name: "Suchen" }).click();
    await expect(page.getByRole("heading", { name: "1 Angebot" })).toBeVisible();
    await page.getByRole("link", { name: "Kulturrucksack: Theaterwerkstatt Siebengebirge" }).click();
    await expect(page).toHaveURL(/\/rhein-sieg-kreis\/angebote\/[0-9a-f-]{36}$/);
  });
});

test("axe on the NRW-wide search", async ({ page }) => {
  await page.goto("/angebote?q=Werkstatt");
  await expect(page.getByRole("heading", { name: "2 Angebote" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("robots.txt and sitemap.xml: the sitemaps list every public page of a region, and each listed page answers 200", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /*/intern");
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  expect(index).toMatch(/\/kreis-mettmann\/sitemap\.xml/);
  const regional = await (await request.get("/kreis-mettmann/sitemap.xml")).text();
  const portal = await (await request.get("/sitemap-portal.xml")).text();
  const locs = [...`${regional}${portal}`.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(locs).toEqual(
    expect.arrayContaining([
      "/kreis-mettmann",
      "/kreis-mettmann/angebote",
      "/kreis-mettmann/impressum",
      "/angebote",
      "/barrierefreiheit",
    ]),
  );
  expect(locs.filter((l) => /^\/kreis-mettmann\/angebote\/[0-9a-f-]{36}$/.test(l))).toHaveLength(3);
  for (const path of locs) expect((await request.get(path)).status(), path).toBe(200);
});

test("the office writes an offer, publishes it, and visitors find it in the search right away", async ({ page }) => {
  test.setTimeout(90_000);
  await loginAs(page, "buero@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/angebote");
  await expectNoAxeViolations(page);
  const form = page.getByRole("form", { name: "Neues Angebot" });
  await form.getByLabel("Titel (Pflichtfeld)").fill("Sternwarte für Schulklassen");
  await form.getByLabel("Kurzbeschreibung").fill("Nachthimmel beobachten mit dem Teleskop.");
  await form.getByLabel("Art des Angebots (Pflichtfeld)").selectOption({ label: "Außerschulischer Lernort" });
  await form.getByLabel("Sekundarstufe I", { exact: true }).check();
  await form.getByLabel("Ort: Name (z. B. Stadtbücherei)").fill("Volkssternwarte");
  await form.getByLabel("Stadt", { exact: true }).fill("Erkrath");
  await form.getByLabel("Termine", { exact: true }).fill("nächste Woche");
  await form.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await expect(form.getByText(/Zeile 1 .* ist kein Termin/)).toHaveCount(2); // next to the field and in the error summary
  await expect(form.getByLabel("Titel (Pflichtfeld)")).toHaveValue("Sternwarte für Schulklassen");
  await form.getByLabel("Termine", { exact: true }).fill("12.06.2027 21:00–23:00");
  await form.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sternwarte für Schulklassen");
  await expect(page.getByTestId("angebot-status")).toHaveText("Entwurf");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByTestId("angebot-status")).toHaveText("veröffentlicht");
  const managed = page.url();
  await page.goto("/kreis-mettmann/angebote?q=Sternwarte");
  await page.getByRole("link", { name: "Sternwarte für Schulklassen" }).click();
  await expect(page).toHaveURL(/\/kreis-mettmann\/angebote\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sternwarte für Schulklassen");
  await expect(
    page.getByText("12.06.2027").or(page.getByText("Samstag, 12. Juni 2027 um 21:00 Uhr")).first(),
  ).toBeVisible();
  const publicPage = page.url();

  // public pages are cached per region; the office's change shows with the next request
  await page.goto(managed);
  const edit = page.getByRole("form", { name: "Angaben" });
  await edit.getByLabel("Titel (Pflichtfeld)").fill("Sternwarte für Schulklassen und Familien");
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sternwarte für Schulklassen und Familien");
  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sternwarte für Schulklassen und Familien");
  await page.goto("/kreis-mettmann/termine");
  await expect(page.getByRole("link", { name: "Sternwarte für Schulklassen und Familien" })).toBeVisible();
});

test("open data: the offer feed answers as JSON-LD with licence, 404 for an unknown region and 400 with a German message", async ({
  request,
}) => {
  const response = await request.get("/api/angebote.json?region=kreis-mettmann&limit=2");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  const feed = (await response.json()) as {
    "@type": string;
    license: string;
    dataFeedElement: { item: { name: string } }[];
    links: { next: string | null };
  };
  expect(feed).toMatchObject({ "@type": "DataFeed", license: "https://www.govdata.de/dl-de/by-2-0" });
  expect(feed.dataFeedElement).toHaveLength(2);
  expect(response.headers()["link"]).toContain('rel="next"');
  const next = await request.get(new URL(feed.links.next!).pathname + new URL(feed.links.next!).search);
  expect(next.status()).toBe(200);
  expect((await request.get("/api/angebote.json?region=gibt-es-nicht")).status()).toBe(404);
  const bad = await request.get("/api/angebote.json?limit=0");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ fields: { limit: ["limit ist eine ganze Zahl von 1 bis 1000."] } });
});
