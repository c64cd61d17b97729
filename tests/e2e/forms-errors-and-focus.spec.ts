import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { daysFromNow } from "../support/clock.ts";

// The GOV.UK error summary, the focus after an action, and confirmations of forms that are gone.

test.beforeEach(async ({ page }) => {
  await loginAs(page, "buero@kreis-mettmann.example");
});

async function newEvent(page: Page, title: string) {
  await page.goto("/kreis-mettmann/intern/veranstaltungen");
  const create = page.getByRole("form", { name: "Neue Veranstaltung" });
  await create.getByLabel("Titel (Pflichtfeld)").fill(title);
  await create.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(30, "09:00"));
  await create.getByLabel("Ort (Pflichtfeld)").fill("Kreishaus Mettmann");
  await create.getByRole("button", { name: "Veranstaltung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

test("a failed save shows an error summary that takes the focus and links to each field", async ({ page }) => {
  await newEvent(page, `Fehlerliste ${Date.now()}`);
  const form = page.getByRole("form", { name: "Angaben ändern" });
  await form.getByLabel("Titel (Pflichtfeld)").fill("");
  await form.getByLabel("Plätze (Pflichtfeld)").fill("0");
  await form.getByRole("button", { name: "Änderungen speichern" }).click();

  const summary = form.getByRole("region", { name: "Es gibt ein Problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Bitte korrigieren Sie:");
  const links = summary.getByRole("link");
  await expect(links).toHaveText([
    "Bitte geben Sie den Titel mit mindestens 3 Zeichen an.",
    "Bitte geben Sie für die Zahl der Plätze eine Zahl von 1 bis 100000 an.",
  ]);
  await expect(links.first()).toHaveAttribute("href", "#veranstaltung-bearbeiten-title");
  // the messages stay next to the fields too
  await expect(form.getByLabel("Titel (Pflichtfeld)")).toHaveAccessibleDescription(
    "Bitte geben Sie den Titel mit mindestens 3 Zeichen an.",
  );
  await expect(form.getByLabel("Plätze (Pflichtfeld)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // keyboard: from the summary to the second link, Enter focuses its field
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Plätze (Pflichtfeld)")).toBeFocused();
  await links.first().click();
  await expect(form.getByLabel("Titel (Pflichtfeld)")).toBeFocused();

  // corrected: the summary goes, the confirmation comes
  await form.getByLabel("Titel (Pflichtfeld)").fill("Fehlerliste korrigiert");
  await form.getByLabel("Plätze (Pflichtfeld)").fill("20");
  await form.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");
  await expect(summary).toHaveCount(0);
});

test("the confirmation of removing a forum stays on the page after its form is gone", async ({ page }) => {
  await newEvent(page, `Bestätigung ${Date.now()}`);
  await page.locator("summary", { hasText: "Forum hinzufügen" }).click();
  const add = page.locator("form").filter({ has: page.getByLabel("Titel des Forums (Pflichtfeld)") });
  await add.getByLabel("Titel des Forums (Pflichtfeld)").fill("Forum Lernorte");
  await add.getByRole("button", { name: "Forum hinzufügen" }).click();
  await page.locator("summary", { hasText: "Forum „Forum Lernorte“ bearbeiten" }).click();
  await page.locator("summary", { hasText: "Forum entfernen …" }).click();
  await page.getByRole("button", { name: "Forum „Forum Lernorte“ entfernen" }).click();
  await expect(page.getByRole("button", { name: "Forum „Forum Lernorte“ entfernen" })).toHaveCount(0);
  const confirmation = page.getByTestId("bestaetigung");
  await expect(confirmation).toHaveText("Das Forum „Forum Lernorte“ ist aus dem Programm entfernt.");
  await expect(confirmation).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "ist aus dem Programm entfernt" })).toBeVisible();
});

test("moving a TOP with the keyboard keeps the focus on the moved TOP; a long link wraps at 320 px", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/kreis-mettmann/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(`Tastatur ${Date.now()}`);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(25, "14:00"));
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  const longLink = `https://www.kreis-mettmann.example/bildung/${"unterlagen-zum-arbeitsprogramm-".repeat(6)}final.pdf`;
  for (const title of ["Begrüßung", "Bericht", "Arbeitsprogramm"]) {
    await addForm.getByLabel("Titel (Pflichtfeld)").fill(title);
    if (title === "Arbeitsprogramm") await addForm.getByLabel("Erläuterung").fill(`Unterlagen: ${longLink}`);
    await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
    await expect(page.getByText(`„${title}“ ist auf der Tagesordnung.`)).toBeVisible();
  }
  const agenda = page.getByRole("list", { name: "Tagesordnungspunkte" });

  await page.getByRole("button", { name: "TOP 3 nach oben" }).focus();
  await page.keyboard.press("Enter");
  await expect(agenda.locator("> li > strong").nth(1)).toHaveText("TOP 2: Arbeitsprogramm");
  await expect(page.getByRole("button", { name: "TOP 2 nach oben" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(agenda.locator("> li > strong").first()).toHaveText("TOP 1: Arbeitsprogramm");
  // at the top its "nach oben" is gone: the focus is on its other button
  await expect(page.getByRole("button", { name: "TOP 1 nach unten" })).toBeFocused();

  await page.setViewportSize({ width: 320, height: 800 });
  const item = agenda.locator("> li").first();
  await expect(item).toContainText(longLink);
  const overflow = await item.evaluate((li) => li.scrollWidth - li.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
