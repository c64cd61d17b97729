import { expect, expectNoAxeViolations, loginAs, test, waitForMail } from "./fixtures";

test("a new region: the office lead records the contract and seat rules and fills the Lenkungskreis until it is complete", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The platform admin creates the region and invites its lead.
  await loginAs(page, "admin@bildungsnetz.example");
  await page.goto("/admin");
  await expectNoAxeViolations(page);
  await page.getByLabel("Name (Pflichtfeld)", { exact: true }).fill("Kreis Unna");
  await page.getByLabel("Adresse im Portal").fill("kreis-unna");
  await page.getByLabel("Art").selectOption({ label: "Kreis" });
  await page.getByLabel("Regierungsbezirk").selectOption({ label: "Regierungsbezirk Arnsberg" });
  await page.getByLabel("Leitung des Bildungsbüros: Name").fill("Gülten Brückner");
  await page.getByLabel("Leitung des Bildungsbüros: E-Mail-Adresse").fill("leitung@kreis-unna.example");
  await page.getByRole("button", { name: "Region anlegen" }).click();
  await expect(page.getByText(/Die Region Kreis Unna ist angelegt/)).toBeVisible();
  // The sitemap index is read per request, not frozen at build time: the new region is in it.
  expect(await (await page.request.get("/sitemap.xml")).text()).toContain("/kreis-unna/sitemap.xml");
  // The invitation arrives at the SMTP server with the one-time link.
  const invitation = await waitForMail("leitung@kreis-unna.example", "Einladung in das Bildungsnetz Kreis Unna");
  expect(invitation.text).toContain("Guten Tag Gülten Brückner");
  const link = invitation.text.match(/https?:\/\/\S+passwort-setzen\S+/)![0];

  // The lead sets a password through the link and logs in through the form.
  const lead = await (await browser.newContext()).newPage();
  await lead.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expectNoAxeViolations(lead);
  await lead.getByLabel("Neues Passwort").fill("Unna-Bildung-2026");
  await lead.getByLabel("Passwort wiederholen").fill("Unna-Bildung-2026");
  await lead.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(lead.getByText("Ihr Passwort ist gesetzt. Bitte melden Sie sich an.")).toBeVisible();
  await lead.getByLabel("E-Mail-Adresse").fill("leitung@kreis-unna.example");
  await lead.getByLabel("Passwort").fill("Unna-Bildung-2026");
  await lead.getByRole("button", { name: "Anmelden" }).click();
  await expect(lead).toHaveURL("/kreis-unna/intern");
  await expect(lead.getByText("Lenkungskreis: keine Sitzregeln im Vertrag")).toBeVisible();

  // Contract and seat rules.
  await lead.getByRole("link", { name: "Kooperationsvertrag" }).click();
  await lead.getByLabel("Unterzeichnet am").fill("2009-09-01");
  await lead.getByLabel("Stellen des Landes (Vollzeitäquivalente)").fill("1,5");
  await lead.getByRole("button", { name: "Vertrag speichern" }).click();
  await expect(lead.getByText("Der Kooperationsvertrag ist gespeichert.")).toBeVisible();
  const steering = lead.getByRole("region", { name: "Sitzregeln: Lenkungskreis" });
  for (const [category, count] of [
    ["Kreis", "1"],
    ["Schulleitung", "1"],
  ] as const) {
    const details = steering.locator("details").filter({ hasText: "Sitzregel hinzufügen oder ändern" });
    if ((await details.getAttribute("open")) === null)
      await details.getByText("Sitzregel hinzufügen oder ändern").click();
    await steering.getByLabel("Sitzkategorie").selectOption({ label: category });
    await steering.getByLabel("Mindestens").fill(count);
    await steering.getByLabel("Höchstens").fill(count);
    await steering.getByRole("button", { name: "Sitzregel speichern" }).click();
    await expect(steering.getByRole("row", { name: new RegExp(`^${category} ${category}: genau 1`) })).toBeVisible();
  }
  await expectNoAxeViolations(lead);

  // People.
  await lead.getByRole("link", { name: "Personen" }).click();
  for (const [given, family, consent] of [
    ["Jürgen", "Kötter", true],
    ["Ayşe", "Demir", false],
    ["Olaf", "Übel", false],
  ] as const) {
    await lead.getByLabel("Vorname").fill(given);
    await lead.getByLabel("Nachname").fill(family);
    if (consent) await lead.getByLabel(/willigt ein/).check();
    await lead.getByRole("button", { name: "Person anlegen" }).click();
    await expect(lead.getByText(`${given} ${family} ist angelegt.`)).toBeVisible();
  }
  await expectNoAxeViolations(lead);

  // Members until the body is complete: the warning disappears.
  await lead.getByRole("link", { name: "Gremien" }).click();
  const status = lead.getByTestId("composition-status");
  await expect(status).toHaveText("Das Gremium ist nicht vollständig besetzt.");
  await expect(lead.getByText("Kreis: 1 Sitz ist unbesetzt (Regel: Kreis: genau 1).")).toBeVisible();
  const add = async (person: string, category: string) => {
    await lead.getByLabel("Person").selectOption({ label: person });
    await lead.getByLabel("Sitzkategorie (Pflichtfeld)").selectOption({ label: category });
    await lead.getByRole("button", { name: "Mitglied hinzufügen" }).click();
  };
  await add("Jürgen Kötter", "Kreis");
  await expect(lead.getByText("Jürgen Kötter ist jetzt Mitglied im Lenkungskreis.")).toBeVisible();
  await expect(
    lead.getByText("Schulleitung: 1 Sitz ist unbesetzt (Regel: Schulleitung: genau 1).").first(),
  ).toBeVisible();
  await add("Ayşe Demir", "Schulleitung");
  await expect(status).toHaveText("Das Gremium ist vollständig besetzt.");
  await expect(lead.getByText(/Sitz ist unbesetzt/)).toHaveCount(0);
  await expectNoAxeViolations(lead);

  // Over the maximum: refused with the rule named, typed choice kept.
  await add("Olaf Übel", "Kreis");
  await expect(
    lead.getByText("Kein Sitz mehr frei: Die Sitzregel „Kreis: genau 1“ ist mit 1 Mitglied ausgeschöpft."),
  ).toBeVisible();
  await expect(lead.getByLabel("Person")).toHaveValue(/.+/);
  await expect(status).toHaveText("Das Gremium ist vollständig besetzt.");

  // The public page names only who consented.
  await lead.goto("/kreis-unna/gremien/lenkungskreis");
  await expect(lead.getByText("Jürgen Kötter")).toBeVisible();
  await expect(lead.getByText("N. N. (Schulleitung)")).toBeVisible();
  await expect(lead.getByText("Demir")).toHaveCount(0);
  await expectNoAxeViolations(lead);

  // Ending a membership takes a confirmation step, leaves history, and the vacancy returns.
  await lead.goto("/kreis-unna/intern/verwaltung/gremien/lenkungskreis");
  const row = lead.getByRole("row", { name: /Ayşe Demir/ });
  await row.locator("summary").click();
  await expect(row.getByText("Die Mitgliedschaft endet heute und bleibt im Verlauf sichtbar.")).toBeVisible();
  await row.getByRole("button", { name: "Mitgliedschaft von Ayşe Demir jetzt beenden" }).click();
  await expect(lead.getByTestId("done-notice")).toHaveText(
    "Die Mitgliedschaft von Ayşe Demir (Schulleitung) im Lenkungskreis ist beendet.",
  );
  await expect(lead.getByText("Schulleitung: 1 Sitz ist unbesetzt (Regel: Schulleitung: genau 1).")).toBeVisible();
  await expect(status).toHaveText("Das Gremium ist nicht vollständig besetzt.");
  await expect(lead.getByRole("region", { name: "Verlauf" })).toContainText("Ayşe Demir (Schulleitung)");
});

test("the supervisor sees the regions of the Regierungsbezirk Detmold", async ({ page }) => {
  await loginAs(page, "aufsicht@bezreg-detmold.example");
  await page.goto("/aufsicht");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht Regierungsbezirk Detmold");
  await expect(page.getByRole("row", { name: /Stadt Bielefeld/ })).toContainText("unbefristet");
  await expect(page.getByText("Kreis Mettmann")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("platform pages are not found for region members", async ({ page }) => {
  await loginAs(page, "leitung@bielefeld.example");
  expect((await page.goto("/admin"))?.status()).toBe(404);
  expect((await page.goto("/aufsicht"))?.status()).toBe(404);
  expect((await page.goto("/kreis-mettmann/intern/verwaltung/vertrag"))?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("ending a membership works and is confirmed", async ({ page }) => {
    await loginAs(page, "leitung@bielefeld.example");
    await page.goto("/bielefeld/intern/verwaltung/gremien/lenkungskreis");
    const row = page.getByRole("row", { name: /Lars Großkopf/ });
    await row.locator("summary").click();
    await row.getByRole("button", { name: "Mitgliedschaft von Lars Großkopf jetzt beenden" }).click();
    await expect(page.getByTestId("done-notice")).toHaveText(
      "Die Mitgliedschaft von Lars Großkopf (Schulleitung) im Lenkungskreis ist beendet.",
    );
    await expect(page.getByRole("region", { name: "Verlauf" })).toContainText("Lars Großkopf (Schulleitung)");
  });
});
