// Issue 20, "Decisions and assignments" in the browser: counts refused, Berichtigung with its
// history, Aufhebungsbeschluss after the minutes are approved, assignment edit with history.
// Bielefeld: the Mettmann meeting flow expects its decision to be the year's first there.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { dateFromNow, daysFromNow, germanDate } from "../support/clock.ts";

/** A held Lenkungskreis meeting (`daysAgo` days back) with one decision TOP; returns its URL. */
async function heldMeetingWithDecisionItem(page: Page, title: string, item: string, daysAgo: number) {
  await page.goto("/bielefeld/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(title);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(-daysAgo, "14:00"));
  await page.getByLabel("Ort", { exact: true }).fill("Neues Rathaus, Raum 101");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  await addForm.getByLabel("Titel (Pflichtfeld)").fill(item);
  await addForm.getByLabel("Art").selectOption({ label: "Beschluss" });
  await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText(`„${item}“ ist auf der Tagesordnung.`)).toBeVisible();
  return page.url();
}

/** The decision form of TOP 1 on a meeting page, opened. */
async function decisionForm(page: Page) {
  await page.locator("summary", { hasText: "Beschluss zu TOP 1 erfassen" }).click();
  return page.locator("form").filter({ has: page.getByLabel("Beschlusstext (Pflichtfeld)") });
}

async function fillCounts(form: ReturnType<Page["locator"]>, yes: string, no: string, abstain: string) {
  await form.getByLabel("Ja-Stimmen").fill(yes);
  await form.getByLabel("Nein-Stimmen").fill(no);
  await form.getByLabel("Enthaltungen").fill(abstain);
}

async function decisionNumber(page: Page) {
  const card = page.getByTestId("decision");
  await expect(card).toContainText(/Beschluss \d{4}\/\d{3}/);
  return /\d{4}\/\d{3}/.exec((await card.textContent())!)![0];
}

test("counts are refused next to the fields; Berichtigung keeps the old text; after approval only an Aufhebungsbeschluss changes it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  await loginAs(page, "buero@bielefeld.example");
  const meetingUrl = await heldMeetingWithDecisionItem(page, `Beschlusssitzung ${stamp}`, "Sprachcafés ausbauen", 3);

  // 25 + 0 + 1 in a body with fewer voting seats: refused, the typed values kept.
  let form = await decisionForm(page);
  await form.getByLabel("Beschlusstext (Pflichtfeld)").fill("Der Lenkungskreis baut die Sprachcafés aus.");
  await form.getByLabel("Ergebnis (Pflichtfeld)").selectOption({ label: "angenommen" });
  await fillCounts(form, "25", "0", "1");
  await form.getByRole("button", { name: "Beschluss speichern" }).click();
  await expect(form.getByText(/Ja, Nein und Enthaltungen ergeben zusammen 26 Stimmen\./)).toHaveCount(2); // next to the field and in the error summary
  await expect(form.getByLabel("Ja-Stimmen")).toHaveValue("25");
  await expect(form.getByLabel("Ja-Stimmen")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("decision")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await fillCounts(form, "3", "0", "1");
  await form.getByRole("button", { name: "Beschluss speichern" }).click();
  const first = await decisionNumber(page);
  await expect(page.getByTestId("decision")).toContainText(
    `Beschluss ${first}: angenommen (Ja 3, Nein 0, Enthaltung 1)`,
  );
  // one decision per TOP: the form is gone
  await page.reload();
  await expect(page.locator("summary", { hasText: "Beschluss zu TOP 1 erfassen" })).toHaveCount(0);

  // Berichtigung on the decision's page, with a reason; the old version stays in the history.
  await page.getByRole("link", { name: `Beschluss ${first}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Beschluss ${first}: angenommen`);
  const correct = page.getByRole("form", { name: "Beschluss berichtigen" });
  await correct
    .getByLabel("Beschlusstext (Pflichtfeld)")
    .fill("Der Lenkungskreis baut die Sprachcafés in allen vier Quartieren aus.");
  await correct.getByLabel("Ja-Stimmen").fill("4");
  await correct.getByLabel("Enthaltungen").fill("0");
  await correct.getByRole("button", { name: "Berichtigung speichern" }).click();
  await expect(
    correct.getByText("Bitte geben Sie den Grund der Berichtigung mit mindestens 5 Zeichen an."),
  ).toHaveCount(2); // next to the field and in the error summary
  await expect(correct.getByLabel("Grund der Berichtigung (Pflichtfeld)")).toHaveAttribute("aria-invalid", "true");
  await correct
    .getByLabel("Grund der Berichtigung (Pflichtfeld)")
    .fill("Quartiere ergänzt, Stimmen nach Protokollnotiz.");
  await correct.getByRole("button", { name: "Berichtigung speichern" }).click();
  await expect(
    page.getByText(`Beschluss ${first} ist berichtigt; die frühere Fassung steht im Verlauf.`),
  ).toBeVisible();
  await expect(page.getByTestId("decision-text")).toHaveText(
    "Der Lenkungskreis baut die Sprachcafés in allen vier Quartieren aus.",
  );
  await expect(page.getByTestId("decision-counts")).toHaveText("Ja 4, Nein 0, Enthaltung 0");
  const history = page.getByTestId("decision-history");
  await expect(history).toContainText("Grund: Quartiere ergänzt, Stimmen nach Protokollnotiz.");
  await expect(history).toContainText("Vorherige Fassung: angenommen (Ja 3, Nein 0, Enthaltung 1)");
  await expect(history).toContainText("Der Lenkungskreis baut die Sprachcafés aus.");
  // the form shows what was saved
  await expect(correct.getByLabel("Ja-Stimmen")).toHaveValue("4");
  await expectNoAxeViolations(page);
  const firstDecisionUrl = page.url();

  // The minutes are approved: no more Berichtigung.
  await page.goto(`${meetingUrl}/protokoll`);
  await page.getByLabel("TOP 1: Sprachcafés ausbauen").fill("Beschluss siehe oben.");
  await page.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(page.getByText("Das Protokoll ist gespeichert.")).toBeVisible();
  await page.getByRole("button", { name: "Zur Durchsicht versenden" }).click();
  await expect(page.getByTestId("minutes-status")).toHaveText("Stand: zur Durchsicht versandt");
  await page.getByLabel("Genehmigt durch (Pflichtfeld)").fill("Lenkungskreis");
  await page.getByRole("button", { name: "Protokoll genehmigen" }).click();
  await expect(page.getByTestId("minutes-status")).toContainText("Stand: genehmigt, am");
  await page.goto(firstDecisionUrl);
  await expect(page.getByTestId("decision-frozen")).toContainText("ändert sich nur noch durch einen neuen Beschluss");
  await expect(page.getByRole("form", { name: "Beschluss berichtigen" })).toHaveCount(0);

  // A later meeting lifts it by an Aufhebungsbeschluss naming it.
  await heldMeetingWithDecisionItem(page, `Folgesitzung ${stamp}`, "Sprachcafés neu ordnen", 1);
  form = await decisionForm(page);
  await form.getByLabel("Beschlusstext (Pflichtfeld)").fill("Der Beschluss zu den Sprachcafés wird aufgehoben.");
  await form.getByLabel("Ergebnis (Pflichtfeld)").selectOption({ label: "angenommen" });
  await form.getByLabel("Bezug auf einen früheren Beschluss").selectOption("REVOKES");
  const earlier = form.getByLabel("Früherer Beschluss");
  await earlier.selectOption(
    (await earlier.locator("option", { hasText: `Beschluss ${first}:` }).getAttribute("value"))!,
  );
  await form.getByRole("button", { name: "Beschluss speichern" }).click();
  const lifting = await decisionNumber(page);
  await page.getByRole("link", { name: `Beschluss ${lifting}` }).click();
  await expect(page.getByTestId("decision-links")).toHaveText(`Hebt Beschluss ${first} auf.`);
  await page
    .getByTestId("decision-links")
    .getByRole("link", { name: `Beschluss ${first}` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Beschluss ${first}: angenommen (aufgehoben)`);
  await expect(page.getByTestId("decision-links")).toHaveText(`Aufgehoben durch Beschluss ${lifting}.`);
  await expectNoAxeViolations(page);

  // The list filtered to "aufgehoben" — a GET form that works without JavaScript.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await loginAs(plain, "buero@bielefeld.example");
  await plain.goto("/bielefeld/intern/auftraege");
  await plain.getByLabel("Ergebnis des Beschlusses").selectOption({ label: "aufgehoben" });
  await plain.getByRole("button", { name: "Filtern" }).click();
  await expect(plain).toHaveURL(/ergebnis=LIFTED/);
  await expect(plain.getByLabel("Ergebnis des Beschlusses")).toHaveValue("LIFTED");
  await expect(plain.getByRole("region", { name: new RegExp(`^Beschluss ${first}`) })).toContainText("(aufgehoben)");
  await expect(plain.getByRole("region", { name: new RegExp(`^Beschluss ${lifting}`) })).toHaveCount(0);
  await noJs.close();
});

test("an assignment is edited (title, owner, due date, status) with a visible history; due dates make sense", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  await loginAs(page, "leitung@bielefeld.example");
  await heldMeetingWithDecisionItem(page, `Auftragssitzung ${stamp}`, "Übergänge begleiten", 5);
  const form = await decisionForm(page);
  await form.getByLabel("Beschlusstext (Pflichtfeld)").fill("Das Bildungsbüro begleitet die Übergänge.");
  await form.getByLabel("Ergebnis (Pflichtfeld)").selectOption({ label: "angenommen" });
  await form.getByRole("button", { name: "Beschluss speichern" }).click();
  const number = await decisionNumber(page);

  await page.goto("/bielefeld/intern/auftraege");
  const section = page.getByRole("region", { name: new RegExp(`^Beschluss ${number}`) });
  await section.locator("summary", { hasText: `Auftrag zu Beschluss ${number} erteilen` }).click();
  const title = `Übergangsmentoren gewinnen ${stamp}`;
  await section.getByLabel("Auftrag (Pflichtfeld)").fill(title);
  // before the decision: refused
  await section.getByLabel("Frist").fill(dateFromNow(-30));
  await section.getByRole("button", { name: "Auftrag erteilen" }).click();
  await expect(section.getByText(/Die Frist kann nicht vor dem Beschluss liegen/)).toHaveCount(2); // next to the field and in the error summary
  // in the past: only with the confirmation
  await section.getByLabel("Frist").fill(dateFromNow(-1));
  await section.getByRole("button", { name: "Auftrag erteilen" }).click();
  await expect(section.getByText(/liegt in der Vergangenheit/)).toHaveCount(2); // next to the field and in the error summary
  await section.getByLabel("Datum in der Vergangenheit bestätigen (der Auftrag ist dann sofort überfällig)").check();
  await section.getByRole("button", { name: "Auftrag erteilen" }).click();
  await expect(section.getByTestId("assignment")).toContainText(
    `${title} – offen, Frist ${germanDate(dateFromNow(-1))} (überfällig)`,
  );

  await section.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Auftrag: ${title}`);
  await expect(page.getByText("Noch keine Änderungen seit der Erteilung.")).toBeVisible();
  const edit = page.getByRole("form", { name: "Auftrag bearbeiten" });
  await edit.getByLabel("Auftrag (Pflichtfeld)").fill(`Übergangsmentorinnen und -mentoren gewinnen ${stamp}`);
  const owner = edit.getByLabel("Verantwortlich");
  const ownerName = (await owner.locator("option").nth(1).textContent())!;
  await owner.selectOption({ index: 1 });
  await edit.getByLabel("Frist").fill(dateFromNow(30));
  await edit.getByLabel("Stand (Pflichtfeld)").selectOption({ label: "in Arbeit" });
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText(/ist gespeichert \(geändert: Titel, Verantwortlich, Frist, Stand\)\./)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Auftrag: Übergangsmentorinnen und -mentoren gewinnen ${stamp}`,
  );
  await expect(page.getByTestId("auftrag-frist")).toHaveText(germanDate(dateFromNow(30)));
  await expect(page.getByTestId("auftrag-verantwortlich")).toHaveText(ownerName);
  await expect(page.getByTestId("auftrag-stand")).toHaveText("in Arbeit");
  const history = page.getByTestId("assignment-history");
  await expect(history.getByRole("row")).toHaveCount(4);
  await expect(history.getByRole("row", { name: /Titel/ })).toContainText(title);
  await expect(history.getByRole("row", { name: /Frist/ })).toContainText(
    `${germanDate(dateFromNow(-1))}${germanDate(dateFromNow(30))}`,
  );
  await expect(history.getByRole("row", { name: /Stand/ })).toContainText("offenin Arbeit");
  await expect(history.getByRole("row", { name: /Verantwortlich/ })).toContainText(`noch offen${ownerName}`);
  // saving again without reload: the form holds what was saved, so nothing changes
  await expect(edit.getByLabel("Frist")).toHaveValue(dateFromNow(30));
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText(/hat sich nichts geändert/)).toBeVisible();
  await expect(history.getByRole("row")).toHaveCount(4);
  await expectNoAxeViolations(page);
});
