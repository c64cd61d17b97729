import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { dateFromNow, daysFromNow } from "../support/clock.ts";
import type { Page } from "@playwright/test";

// The Rhein-Sieg-Kreis's Lenkungskreis (four seats in the demo data) is used by no other
// meeting test, so the deputy added here changes nobody else's counts.
const LEAD = "leitung@rhein-sieg-kreis.example";
const REGION = "/rhein-sieg-kreis/intern";

async function planMeeting(page: Page, title: string, startsAt: string) {
  await page.goto(`${REGION}/sitzungen`);
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(title);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(startsAt);
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus Siegburg");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

const step = (page: Page, title: string) =>
  page
    .getByRole("list", { name: "Arbeitsschritte der Sitzung" })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("link", { name: title, exact: true }),
    });

const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });

/** The status radio checked in each row, as "Name: Status". */
async function checkedPerRow(page: Page) {
  return page.getByRole("table", { name: "Anwesenheit je Sitz" }).evaluate((table) =>
    [...table.querySelectorAll("tbody tr")].map((tr) => {
      const name = tr.querySelector("th")!.textContent;
      const checked = tr.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      const label = checked ? checked.closest("label")!.textContent : "—";
      const deputy = tr.querySelector("select");
      return `${name}: ${label}${deputy && label === "vertreten" ? ` (${deputy.selectedOptions[0]!.textContent})` : ""}`;
    }),
  );
}

test("attendance table: 'Alle anwesend', one row changed, a second save without reload; the task list follows", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, LEAD);

  // A deputy for one seat, sitting since a month ago.
  await page.goto(`${REGION}/verwaltung/personen`);
  await page.getByLabel("Vorname").fill("Paula");
  await page.getByLabel("Nachname").fill("Vertretung");
  await page.getByRole("button", { name: "Person anlegen" }).click();
  await expect(page.getByText("Paula Vertretung ist angelegt.")).toBeVisible();
  await page.goto(`${REGION}/verwaltung/gremien/lenkungskreis`);
  await page.getByLabel("Person").selectOption({ label: "Paula Vertretung" });
  await page.getByLabel("Sitzkategorie (Pflichtfeld)").selectOption({ label: "Schulleitung" });
  await page.getByLabel("Beginn (Pflichtfeld)").fill(dateFromNow(-30));
  await page.getByLabel("Stellvertretung für").selectOption({ label: "Rüdiger Sänger (Schulleitung)" });
  await page.getByRole("button", { name: "Mitglied hinzufügen" }).click();
  await expect(page.getByText("Paula Vertretung ist jetzt Mitglied im Lenkungskreis.")).toBeVisible();

  // A meeting later today: the meeting day has come, so attendance can be recorded.
  await planMeeting(page, "Sitzung mit Anwesenheit", daysFromNow(0, "23:55"));
  const meetingUrl = page.url();
  await expect(step(page, "Tagesordnung")).toContainText("offen");
  await expect(step(page, "Einladung")).toContainText("noch nicht möglich");
  await expect(step(page, "Anwesenheit")).toContainText("offen");
  await page
    .getByRole("form", { name: "Tagesordnungspunkt hinzufügen" })
    .getByLabel("Titel (Pflichtfeld)")
    .fill("Begrüßung und Feststellung der Beschlussfähigkeit");
  await page.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText("ist auf der Tagesordnung.")).toBeVisible();
  await expect(step(page, "Tagesordnung")).toContainText("erledigt");
  await expect(step(page, "Einladung")).toContainText("offen");
  await expectNoAxeViolations(page);

  await step(page, "Anwesenheit").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anwesenheit: Sitzung mit Anwesenheit");
  await expect(page.getByRole("table", { name: "Anwesenheit je Sitz" }).getByRole("rowheader")).toHaveText([
    "Heinz-Jürgen Hölzer",
    "Marlies Kühn",
    "Rüdiger Sänger",
    "Anke Dübbers",
  ]);
  // each row: a radio group named by the member, the deputy beside the seat they stand in for
  await expect(
    row(page, "Rüdiger Sänger").getByRole("group", { name: "Anwesenheit von Rüdiger Sänger" }),
  ).toBeVisible();
  await expect(row(page, "Rüdiger Sänger").getByLabel("Stellvertretung für Rüdiger Sänger")).toHaveValue(/.+/);
  await expect(row(page, "Marlies Kühn").getByRole("radio", { name: "vertreten" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // "Alle anwesend" sets every row (with JavaScript: before saving), then two rows change.
  await page.getByRole("button", { name: "Alle anwesend" }).click();
  await expect(page.getByText("Alle Sitze sind auf „anwesend“ gesetzt – noch nicht gespeichert.")).toBeVisible();
  expect(await checkedPerRow(page)).toEqual([
    "Heinz-Jürgen Hölzer: anwesend",
    "Marlies Kühn: anwesend",
    "Rüdiger Sänger: anwesend",
    "Anke Dübbers: anwesend",
  ]);
  await row(page, "Marlies Kühn").getByRole("radio", { name: "entschuldigt" }).check();
  await row(page, "Rüdiger Sänger").getByRole("radio", { name: "vertreten" }).check();
  await page.getByRole("button", { name: "Anwesenheit speichern" }).click();
  await expect(
    page.getByText("Die Anwesenheit ist gespeichert: 2 anwesend, 1 vertreten, 1 entschuldigt."),
  ).toBeVisible();
  const firstSave = [
    "Heinz-Jürgen Hölzer: anwesend",
    "Marlies Kühn: entschuldigt",
    "Rüdiger Sänger: vertreten (Paula Vertretung)",
    "Anke Dübbers: anwesend",
  ];
  expect(await checkedPerRow(page)).toEqual(firstSave);
  await expect(page.getByTestId("quorum")).toContainText("sind 3 vertreten");

  // A second save without reloading: one more row changes, the others keep what was saved.
  await row(page, "Heinz-Jürgen Hölzer").getByRole("radio", { name: "abwesend" }).check();
  await page.getByRole("button", { name: "Anwesenheit speichern" }).click();
  await expect(
    page.getByText("Die Anwesenheit ist gespeichert: 1 anwesend, 1 vertreten, 1 entschuldigt, 1 abwesend."),
  ).toBeVisible();
  const secondSave = ["Heinz-Jürgen Hölzer: abwesend", ...firstSave.slice(1)];
  expect(await checkedPerRow(page)).toEqual(secondSave);
  await expect(page.getByTestId("quorum")).toContainText("sind 2 vertreten");

  // What is stored: the same after a reload, and in the CSV.
  await page.reload();
  expect(await checkedPerRow(page)).toEqual(secondSave);
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Anwesenheitsliste als CSV herunterladen" }).getAttribute("href"))!,
  );
  const lines = (await csv.text()).replace("\ufeff", "").split("\r\n");
  expect(lines.slice(1, 5)).toEqual([
    "Heinz-Jürgen Hölzer;Schulaufsicht;ja;abwesend;",
    "Marlies Kühn;Kreis;ja;entschuldigt;",
    "Rüdiger Sänger;Schulleitung;ja;vertreten;Paula Vertretung",
    "Anke Dübbers;Bildungsbüro;ja;anwesend;",
  ]);

  // On a phone (320 px) the rows stack: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The task list: attendance done, with the counts.
  await page.goto(meetingUrl);
  await expect(step(page, "Anwesenheit")).toContainText("erledigt");
  await expect(step(page, "Anwesenheit")).toContainText("1 anwesend, 1 vertreten, 1 entschuldigt, 1 abwesend");
});

test("without JavaScript, 'Alle anwesend' saves every seat as present", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginAs(page, LEAD);
  // planned with JavaScript (the form needs none, but the date field is simpler to fill this way)
  await planMeeting(page, "Sitzung ohne JavaScript", daysFromNow(0, "23:50"));
  await page.goto(`${page.url()}/anwesenheit`);
  await page.getByRole("button", { name: "Alle anwesend" }).click();
  await expect(page.getByText(/Die Anwesenheit ist gespeichert: \d+ anwesend\./)).toBeVisible();
  await page.goto(page.url());
  const radios = page
    .getByRole("table", { name: "Anwesenheit je Sitz" })
    .getByRole("radio", { name: "anwesend", exact: true });
  expect(await radios.count()).toBeGreaterThan(0);
  for (const radio of await radios.all()) await expect(radio).toBeChecked();
  await context.close();
});

test("a meeting ahead: attendance not yet possible, on the page and in the task list", async ({ page }) => {
  await loginAs(page, LEAD);
  await planMeeting(page, "Künftige Sitzung", daysFromNow(10, "14:00"));
  await expect(step(page, "Anwesenheit")).toContainText("noch nicht möglich");
  await expect(step(page, "Protokoll")).toContainText("noch nicht möglich");
  await step(page, "Anwesenheit").getByRole("link").click();
  await expect(page.getByTestId("attendance-not-yet")).toContainText(
    "Anwesenheit kann ab dem Sitzungstag erfasst werden.",
  );
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Anwesenheit speichern" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
