import { expect, LOGINS, loginAs, test } from "./fixtures";

// Issue 20: the internal navigation marks where one is, folds on a phone (also without
// JavaScript) and holds the search box; the search finds what the person may open. (axe needs
// JavaScript; narrow-screens.spec.ts checks these pages at 320 px with it.)
test("the current section carries aria-current, also on a page below it", async ({ page }) => {
  await loginAs(page, LOGINS.bielefeldLead);
  await page.goto("/bielefeld/intern/sitzungen");
  const nav = page.getByRole("navigation", { name: /Interner Bereich/ });
  await expect(nav.getByRole("link", { name: "Sitzungen" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Übersicht" })).not.toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Sitzungen" }).click();
  await page.locator('main a[href*="/intern/sitzungen/"]').first().click();
  await expect(page).toHaveURL(/\/intern\/sitzungen\/[0-9a-f-]{36}$/);
  await expect(nav.getByRole("link", { name: "Sitzungen" })).toHaveAttribute("aria-current", "page");
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 320, height: 720 }, javaScriptEnabled: false });

  test("the sections fold behind 'Menü' and open from the keyboard", async ({ page }) => {
    await loginAs(page, LOGINS.bielefeldLead);
    await page.goto("/bielefeld/intern");
    const nav = page.getByRole("navigation", { name: /Interner Bereich/ });
    await expect(nav.getByRole("link", { name: "Sitzungen" })).toBeHidden();
    const menu = nav.getByText("Menü", { exact: true });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "Sitzungen" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Übersicht" })).toHaveAttribute("aria-current", "page");
  });

  test("the search box finds a meeting and links to it; no hits and operator-only queries answer in German", async ({
    page,
  }) => {
    await loginAs(page, LOGINS.bielefeldLead);
    await page.goto("/bielefeld/intern");
    const box = page.getByRole("search").getByLabel("Im internen Bereich suchen");
    await box.fill("Lenkungskr");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/bielefeld\/intern\/suche\?q=Lenkungskr/);
    await expect(page.getByRole("heading", { name: /^Sitzungen \(\d+\)$/ })).toBeVisible();
    await page
      .getByRole("main")
      .getByRole("link", { name: /Lenkungskreis/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/bielefeld\/intern\/sitzungen\/[0-9a-f-]{36}/);
    for (const q of ["-", "😀", "!!! & |", "x".repeat(5000)]) {
      const response = await page.goto(`/bielefeld/intern/suche?q=${encodeURIComponent(q)}`);
      expect(response!.status()).toBe(200);
      // the layout has a status region of its own (confirmations of forms): name the search's one
      await expect(page.getByRole("status").filter({ hasText: "Keine Treffer" })).toBeVisible();
    }
  });
});

test("a Bildungskonferenz member does not find the Lenkungskreis", async ({ page }) => {
  await loginAs(page, LOGINS.bielefeldConference);
  await page.goto("/bielefeld/intern/suche?q=Lenkungskreis");
  await expect(page.getByRole("status").filter({ hasText: /Treffer für „Lenkungskreis“/ })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: /^Lenkungskreis|Sitzung des Lenkungskreises/ }),
  ).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Tagesordnungspunkte/ })).toHaveCount(0);
});

test("the dashboard by role: composition warnings for the office, not for a member", async ({ page }) => {
  await loginAs(page, LOGINS.mettmannSteering);
  await page.goto("/kreis-mettmann/intern");
  await expect(page.getByRole("heading", { name: "Meine Aufträge" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nächste Sitzungen Ihrer Gremien" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Zusammensetzung der Gremien" })).toHaveCount(0);
  await page.context().clearCookies();
  await loginAs(page, LOGINS.mettmannLead);
  await page.goto("/kreis-mettmann/intern");
  await expect(page.getByRole("heading", { name: "Zusammensetzung der Gremien" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Offene Aufträge der Region" })).toBeVisible();
});

test("an empty work programme links to the priority poll whose result can become it", async ({ page }) => {
  await loginAs(page, LOGINS.mettmannLead);
  await page.goto("/kreis-mettmann/intern/arbeitsprogramm");
  await expect(page.getByText("Noch kein Arbeitsprogramm.")).toBeVisible();
  await page.getByRole("link", { name: /als Arbeitsprogramm übernehmen$/ }).click();
  await expect(page).toHaveURL(/\/kreis-mettmann\/intern\/abstimmungen\/[0-9a-f-]{36}#programm$/);
  await expect(page.getByRole("heading", { name: "Als Arbeitsprogramm übernehmen" })).toBeVisible();
});
