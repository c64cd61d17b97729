import { expect, LOGINS, DEMO_PASSWORD, test } from "./fixtures";

test("logs in through the real form, sees the dashboard with the role, and logs out", async ({ page, context }) => {
  await page.goto("/kreis-mettmann/intern");
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkreis-mettmann%2Fintern/);

  await page.getByLabel("E-Mail-Adresse").fill(LOGINS.mettmannLead);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();

  await expect(page).toHaveURL("/kreis-mettmann/intern");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guten Tag, Claudia Wörner");
  await expect(page.getByText("Ihre Rolle: Leitung Bildungsbüro")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nächste Sitzungen" })).toBeVisible();

  const session = (await context.cookies()).find((c) => c.name === "bn.session")!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
  expect(session.expires - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600 + 60);

  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL("/anmelden?abgemeldet=1");
  await expect(page.getByRole("status").filter({ hasText: "Sie wurden abgemeldet." })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "bn.session")).toBeUndefined();

  await page.goto("/kreis-mettmann/intern");
  await expect(page).toHaveURL(/\/anmelden/);
});

test("a wrong password gets the German message, keeps the e-mail, and logs nobody in", async ({ page }) => {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(LOGINS.bielefeldStaff);
  await page.getByLabel("Passwort").fill("falsches-Passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort ist falsch.")).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(LOGINS.bielefeldStaff);
  await expect(page).toHaveURL("/anmelden");
});

test("empty fields get messages next to the field", async ({ page }) => {
  await page.goto("/anmelden");
  await page.getByRole("button", { name: "Anmelden" }).click();
  const email = page.getByLabel("E-Mail-Adresse");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = await email.getAttribute("aria-describedby");
  await expect(page.locator(`#${describedBy}`)).toContainText("E-Mail-Adresse");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the login form still works", async ({ page }) => {
    await page.goto("/anmelden?weiter=/bielefeld/intern");
    await page.getByLabel("E-Mail-Adresse").fill(LOGINS.bielefeldLead);
    await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL("/bielefeld/intern");
    await expect(page.getByText("Ihre Rolle: Leitung Bildungsbüro")).toBeVisible();
  });
});
