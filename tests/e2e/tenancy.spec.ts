import { expect, LOGINS, loginAs, test } from "./fixtures";

test("a user of one region gets 404 for another region's internal pages", async ({ page }) => {
  await loginAs(page, LOGINS.mettmannLead);
  const own = await page.goto("/kreis-mettmann/intern");
  expect(own?.status()).toBe(200);

  const foreign = await page.goto("/bielefeld/intern");
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expect(page.getByText("Stadt Bielefeld")).toHaveCount(0);
});

test("a steering member sees their seat and role", async ({ page }) => {
  await loginAs(page, LOGINS.mettmannSteering);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Intern" }).click();
  await expect(page).toHaveURL("/kreis-mettmann/intern");
  await expect(page.getByText("Ihre Rolle: Mitglied im Lenkungskreis")).toBeVisible();
  await expect(page.getByText(/Lenkungskreis: Vorsitz \(Kreis, stimmberechtigt\)/)).toBeVisible();
});

test("an unknown region answers with the German 404 page", async ({ page }) => {
  const response = await page.goto("/kreis-gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await expect(page.getByRole("link", { name: "Zur Übersicht der Bildungsregionen" })).toBeVisible();
});

test("public pages: regions grouped by Regierungsbezirk, and a region's home", async ({ page }) => {
  await page.goto("/");
  const duesseldorf = page.getByRole("region", { name: "Regierungsbezirk Düsseldorf" });
  await expect(duesseldorf.getByRole("link", { name: "Kreis Mettmann" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Regierungsbezirk Detmold" }).getByRole("link", { name: "Stadt Bielefeld" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Regierungsbezirk Köln" }).getByRole("link", { name: "Rhein-Sieg-Kreis" }),
  ).toBeVisible();

  await duesseldorf.getByRole("link", { name: "Kreis Mettmann" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bildungsnetzwerk Kreis Mettmann");
  for (const body of ["Lenkungskreis", "Bildungskonferenz", "Bildungsbüro"]) {
    await expect(page.getByRole("heading", { level: 3, name: body })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Übergang Schule – Beruf (KAoA)" })).toBeVisible();
  await expect(page.getByText("Düsseldorfer Straße 26, 40822 Mettmann")).toBeVisible();
});

test("public dates list public meetings only", async ({ page }) => {
  await page.goto("/kreis-mettmann");
  await page.getByRole("link", { name: "Termine: öffentliche Sitzungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Termine");
  await expect(page.getByRole("region", { name: "Kommende öffentliche Sitzungen" })).toContainText(
    "Bildungskonferenz: Übergänge gemeinsam gestalten",
  );
  await expect(page.getByText("4. Sitzung des Lenkungskreises")).toHaveCount(0);
});
