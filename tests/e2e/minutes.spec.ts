import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { daysFromNow } from "../support/clock.ts";

test("two people edit the same minutes: the second save is refused and keeps their text", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await loginAs(page, "buero@bielefeld.example");
  await page.goto("/bielefeld/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill("Sondersitzung Sprachförderung");
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(-3)); // a meeting held three days ago
  await page.getByLabel("Ort", { exact: true }).fill("Neues Rathaus, Raum 101");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await page
    .getByRole("form", { name: "Tagesordnungspunkt hinzufügen" })
    .getByLabel("Titel (Pflichtfeld)")
    .fill("Sprachcafés in den Quartieren");
  await page.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText("„Sprachcafés in den Quartieren“ ist auf der Tagesordnung.")).toBeVisible();
  await page.getByRole("link", { name: "Protokoll", exact: true }).click();
  await expect(page).toHaveURL(/\/protokoll$/);
  const minutesUrl = page.url();

  const other = await (await browser.newContext()).newPage();
  await loginAs(other, "leitung@bielefeld.example");
  await other.goto(minutesUrl);

  await page
    .getByLabel("TOP 1: Sprachcafés in den Quartieren")
    .fill("Das Bildungsbüro berichtet über **vier** Sprachcafés.");
  await page.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(page.getByText("Das Protokoll ist gespeichert.")).toBeVisible();
  await expect(page.getByRole("region", { name: "TOP 1: Sprachcafés in den Quartieren" }).locator("strong")).toHaveText(
    "vier",
  );

  const mine = "Frau Aydın ergänzt: Die Sprachcafés in Baumheide sind ausgebucht.";
  await other.getByLabel("TOP 1: Sprachcafés in den Quartieren").fill(mine);
  await other.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(other.getByText(/Das Protokoll wurde inzwischen von jemand anderem gespeichert/)).toBeVisible();
  await expect(other.getByLabel("TOP 1: Sprachcafés in den Quartieren")).toHaveValue(mine);
  await expectNoAxeViolations(other);

  await page.reload();
  await expect(page.getByRole("region", { name: "TOP 1: Sprachcafés in den Quartieren" })).toContainText(
    "vier Sprachcafés",
  );
  await page.getByRole("button", { name: "Zur Durchsicht freigeben" }).click();
  await expect(page.getByTestId("minutes-status")).toHaveText("Stand: zur Durchsicht versandt");
  await page.getByLabel("Genehmigt durch (Pflichtfeld)").fill("Vorsitz");
  await page.getByRole("button", { name: "Protokoll genehmigen" }).click();
  await expect(page.getByTestId("minutes-status")).toContainText("Stand: genehmigt, am");
  await expect(page.getByRole("heading", { name: "Protokoll bearbeiten" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
