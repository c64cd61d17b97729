import { baseURL } from "../../playwright.config";
import { expect, LOGINS, DEMO_PASSWORD, test } from "./fixtures";

// Finding 4 (issue 19): "Abmelden" used to delete only the browser's cookie; a copy kept working.
test("logs in through the real form, sees the dashboard with the role, and logs out — Finding 4: a copied session cookie is dead afterwards", async ({
  page,
  context,
  browser,
}) => {
  await page.goto("/kreis-mettmann/intern");
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkreis-mettmann%2Fintern/);

  await page.getByLabel("E-Mail-Adresse").fill(LOGINS.mettmannPartner);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();

  await expect(page).toHaveURL("/kreis-mettmann/intern");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guten Tag, Lüder Krämer");
  await expect(page.getByText("Ihre Rolle: Bildungspartner*in")).toBeVisible();
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

  const elsewhere = await browser.newContext();
  await elsewhere.addCookies([session]);
  const copy = await elsewhere.newPage();
  await copy.goto("/kreis-mettmann/intern");
  await expect(copy).toHaveURL(/\/anmelden\?weiter=%2Fkreis-mettmann%2Fintern/);
  await elsewhere.close();
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
  // the error summary above the form takes the focus and links to the fields
  const summary = page.getByRole("region", { name: "Es gibt ein Problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link").first().click();
  await expect(email).toBeFocused();
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

test.describe("Finding 2 — open redirect after login", () => {
  test.use({ javaScriptEnabled: false });

  test("a return path with a tab, line break or backslash ends on the portal, never elsewhere and never in an error", async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 500) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const weiter of ["/\t/evil.example/phish", "/\r\n/evil.example", "/\u000b/evil.example", "/\\evil.example"]) {
      await page.context().clearCookies();
      await page.goto(`/anmelden?weiter=${encodeURIComponent(weiter)}`);
      await page.getByLabel("E-Mail-Adresse").fill(LOGINS.bielefeldStaff);
      await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Anmelden" }).click();
      await expect(page, JSON.stringify(weiter)).toHaveURL(`${new URL(baseURL).origin}/bielefeld/intern`);
      expect(failed, JSON.stringify(weiter)).toEqual([]);
    }
  });
});
