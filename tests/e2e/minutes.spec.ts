import { expect, expectNoAxeViolations, loginAs, test, waitForMail } from "./fixtures";
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
  await page.getByRole("button", { name: "Zur Durchsicht versenden" }).click();
  await expect(page.getByTestId("minutes-status")).toHaveText("Stand: zur Durchsicht versandt");
  // approved directly: the date defaults to today, which lies between the meeting day and today
  await page.getByLabel("Genehmigt durch (Pflichtfeld)").fill("Vorsitz");
  await page.getByRole("button", { name: "Protokoll genehmigen" }).click();
  await expect(page.getByTestId("minutes-status")).toContainText("Stand: genehmigt, am");
  await expect(page.getByRole("heading", { name: "Protokoll bearbeiten" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("circulation: the members get the draft by e-mail, a member comments on a TOP, the office marks it done", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Lenkungskreis Durchsicht ${Date.now()}`;
  await loginAs(page, "buero@bielefeld.example");
  await page.goto("/bielefeld/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(title);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(-2, "16:00"));
  await page.getByLabel("Ort", { exact: true }).fill("Neues Rathaus, Raum 101");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  for (const top of ["Bericht aus den Schulen", "Haushalt 2027"]) {
    await addForm.getByLabel("Titel (Pflichtfeld)").fill(top);
    await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
    await expect(page.getByText(`„${top}“ ist auf der Tagesordnung.`)).toBeVisible();
  }
  await page.getByRole("link", { name: "Protokoll", exact: true }).click();
  await page.getByLabel("TOP 1: Bericht aus den Schulen").fill("Frau Bößling berichtet über 120 neue Plätze.");
  await page.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(page.getByText("Das Protokoll ist gespeichert.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Anwesenheitsliste" })).toContainText("Käthe Lübke");

  await page.getByRole("button", { name: "Zur Durchsicht versenden" }).click();
  await expect(page.getByText(/Der Entwurf ist zur Durchsicht versandt: E-Mail an \d+ Personen\./)).toBeVisible();
  await expect(page.getByTestId("minutes-status")).toHaveText("Stand: zur Durchsicht versandt");
  // sending again is offered only behind a question
  await expect(page.getByRole("button", { name: "Erneut zur Durchsicht versenden" })).toBeHidden();
  await expect(page.getByText("Erneut zur Durchsicht versenden …")).toBeVisible();

  // The chair of the Lenkungskreis gets the mail; its link opens the draft.
  const mail = await waitForMail("lubke@bielefeld.example", `Protokollentwurf zur Durchsicht: ${title}`);
  const link = /https?:\/\/\S+\/protokoll/.exec(mail.text)![0];
  const member = await (await browser.newContext()).newPage();
  await loginAs(member, "lenkungskreis@bielefeld.example");
  await member.goto(new URL(link).pathname);
  await expect(member.getByRole("heading", { level: 1 })).toHaveText(`Protokoll: ${title}`);
  await expect(member.getByRole("region", { name: "TOP 1: Bericht aus den Schulen" })).toContainText("120 neue Plätze");
  await member
    .getByLabel("Ihre Anmerkung zu TOP 1: Bericht aus den Schulen")
    .fill("Es waren 140 Plätze, bitte korrigieren.");
  await member.getByRole("button", { name: "Anmerkung speichern" }).first().click();
  await expect(member.getByText("Ihre Anmerkung zu TOP 1 ist gespeichert.")).toBeVisible();
  await expectNoAxeViolations(member);

  // A member of another body does not get to see the draft at all.
  const outsider = await (await browser.newContext()).newPage();
  await loginAs(outsider, "konferenz@bielefeld.example");
  const response = await outsider.goto(new URL(link).pathname);
  expect(response!.status()).toBe(404);

  // The office sees the comment beside the text and marks it done.
  await page.reload();
  const comments = page.getByRole("complementary", { name: "Anmerkungen zu TOP 1" });
  await expect(comments).toContainText("Käthe Lübke");
  await expect(comments).toContainText("Es waren 140 Plätze, bitte korrigieren.");
  await expect(comments.getByTestId("comment-state")).toHaveText("offen");
  await comments.getByRole("button", { name: "Anmerkung von Käthe Lübke als erledigt markieren" }).click();
  await expect(page.getByText("Die Anmerkung von Käthe Lübke ist als erledigt markiert.")).toBeVisible();
  await expect(comments.getByTestId("comment-state")).toHaveText("erledigt");
  await expectNoAxeViolations(page);

  // Approving removes the comment forms too: the confirmation is the approval's, not the comment's.
  await page.getByLabel("Genehmigt durch (Pflichtfeld)").fill("Vorsitz");
  await page.getByRole("button", { name: "Protokoll genehmigen" }).click();
  await expect(page.getByTestId("minutes-status")).toContainText("Stand: genehmigt, am");
  await expect(page.getByTestId("bestaetigung")).toHaveText("Das Protokoll ist genehmigt: Vorsitz.");
});

test("minutes approved under a later meeting's TOP 'Genehmigung des Protokolls': both link to each other", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const [first, second] = [`Lenkungskreis Juni ${stamp}`, `Lenkungskreis Juli ${stamp}`];
  await loginAs(page, "leitung@bielefeld.example");
  const plan = async (title: string, startsAt: string, top: string) => {
    await page.goto("/bielefeld/intern/sitzungen");
    await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
    await page.getByLabel("Titel (Pflichtfeld)").fill(title);
    await page.getByLabel("Beginn (Pflichtfeld)").fill(startsAt);
    await page.getByLabel("Ort", { exact: true }).fill("Neues Rathaus");
    await page.getByRole("button", { name: "Sitzung anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
    await addForm.getByLabel("Titel (Pflichtfeld)").fill(top);
    await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
    await expect(page.getByText(`„${top}“ ist auf der Tagesordnung.`)).toBeVisible();
    return page.url();
  };
  const firstUrl = await plan(first, daysFromNow(-20, "17:00"), "Schulentwicklungsplanung");
  const secondUrl = await plan(second, daysFromNow(-1, "17:00"), "Genehmigung des Protokolls der letzten Sitzung");

  await page.goto(`${firstUrl}/protokoll`);
  await page.getByLabel("TOP 1: Schulentwicklungsplanung").fill("Der Plan wird vorgestellt.");
  await page.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(page.getByText("Das Protokoll ist gespeichert.")).toBeVisible();
  await page.getByRole("button", { name: "Zur Durchsicht versenden" }).click();
  await expect(page.getByTestId("minutes-status")).toHaveText("Stand: zur Durchsicht versandt");

  const select = page.getByLabel("TOP der späteren Sitzung (Pflichtfeld)");
  const option = select.locator("option").filter({ hasText: `(${second}), TOP 1: Genehmigung des Protokolls` });
  await select.selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Genehmigung unter diesem TOP eintragen" }).click();
  await expect(page.getByTestId("minutes-status")).toContainText("Stand: genehmigt in der Sitzung vom");
  await expectNoAxeViolations(page);

  // minutes → the later meeting, whose TOP links back to the approved minutes
  await page
    .getByTestId("minutes-status")
    .getByRole("link", { name: /Sitzung vom .+, TOP 1/ })
    .click();
  await expect(page).toHaveURL(secondUrl);
  await page.getByRole("link", { name: new RegExp(`^Protokoll der Sitzung vom .+ \\(${first}\\)$`) }).click();
  await expect(page).toHaveURL(`${firstUrl}/protokoll`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Protokoll: ${first}`);
});
