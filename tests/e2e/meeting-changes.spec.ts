import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, loginAs, test, waitForMail, type ReceivedMail } from "./fixtures";
import { berlinIso, dateFromNow, daysFromNow, germanLongDate } from "../support/clock.ts";

const MEMBER = "schafer@kreis-mettmann.example";

function calendarOf(mail: ReceivedMail) {
  const attachment = mail.attachments.find((a) => a.filename.endsWith(".ics"))!;
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    status: vevent.getFirstPropertyValue("status"),
    event: new ICAL.Event(vevent),
  };
}

/** Plans a Lenkungskreis meeting through the form and fills its agenda from the standard template. */
async function planMeeting(page: Page, title: string, startsAt: string) {
  await page.goto("/kreis-mettmann/intern/sitzungen");
  await page.getByLabel("Gremium (Pflichtfeld)").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(title);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(startsAt);
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus Mettmann, Sitzungsraum 2");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("button", { name: "Standard-Tagesordnung einfügen" }).click();
  await expect(page.getByText("Die Standard-Tagesordnung ist eingefügt")).toBeVisible();
  await expect(page.getByRole("list", { name: "Tagesordnungspunkte" }).locator("> li > strong")).toHaveText([
    "TOP 1: Begrüßung und Feststellung der Beschlussfähigkeit",
    "TOP 2: Genehmigung des Protokolls der letzten Sitzung",
    "TOP 3: Verschiedenes",
  ]);
}

test("edit after the invitation sends an Änderungsmitteilung with the same calendar entry; cancelling removes it", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await loginAs(page, "buero@kreis-mettmann.example");
  const title = "Sitzung mit Änderungsmitteilung";
  const startsAt = daysFromNow(40, "14:00");
  await planMeeting(page, title, startsAt);

  // the preview: the mail as it will be sent and who gets it
  const preview = page.getByRole("region", { name: "Einladung", exact: true });
  await expect(preview.getByTestId("invitation-subject")).toHaveText(
    `Einladung: ${title} am ${germanLongDate(startsAt)} um 14:00 Uhr`,
  );
  await expect(preview.getByTestId("invitation-text")).toContainText("TOP 3: Verschiedenes (Information");
  await expect(preview.getByRole("cell", { name: MEMBER })).toBeVisible();
  await expectNoAxeViolations(page);
  await preview.getByText("Einladung versenden …").click();
  await preview.getByRole("button", { name: "Einladung jetzt versenden" }).click();
  await expect(page.getByText("Die Einladung geht an 9 Personen hinaus.")).toBeVisible();
  const invited = calendarOf(await waitForMail(MEMBER, `Einladung: ${title}`));
  expect(invited.method).toBe("REQUEST");

  // a new date and place: everyone invited is told, with the calendar entry updated
  const moved = daysFromNow(41, "10:00");
  await page.reload();
  await page.locator("summary", { hasText: "Sitzung bearbeiten" }).click();
  const edit = page.getByRole("form", { name: "Sitzung bearbeiten" });
  await expect(edit.getByLabel("Beginn (Pflichtfeld)")).toHaveValue(startsAt);
  await edit.getByLabel("Beginn (Pflichtfeld)").fill(moved);
  await edit.getByLabel("Ort", { exact: true }).fill("Rathaus Mettmann, Ratssaal");
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(
    page.getByText("Die Sitzung ist gespeichert (geändert: Beginn, Ort). Die Änderungsmitteilung geht an 9 Personen."),
  ).toBeVisible();
  await expect(edit.getByLabel("Beginn (Pflichtfeld)")).toHaveValue(moved);
  const changeMail = await waitForMail(MEMBER, `Änderung: ${title}`);
  expect(changeMail.subject).toBe(`Änderung: ${title} am ${germanLongDate(moved)} um 10:00 Uhr`);
  expect(changeMail.text).toContain("Ort: bisher Kreishaus Mettmann, Sitzungsraum 2, jetzt Rathaus Mettmann, Ratssaal");
  const changed = calendarOf(changeMail);
  expect(changed.method).toBe("REQUEST");
  expect(changed.event.uid).toBe(invited.event.uid);
  expect(changed.event.sequence).toBeGreaterThan(invited.event.sequence);
  expect(changed.event.startDate.toJSDate().toISOString()).toBe(berlinIso(moved));
  await page.reload();
  await expect(page.getByTestId("meeting-history")).toContainText("Ort: Kreishaus Mettmann, Sitzungsraum 2 → Rathaus");
  await expect(page.getByTestId("meeting-history")).toContainText("Änderungsmitteilung an 9 Personen");
  // a date that makes no sense is refused next to the field
  await page.locator("summary", { hasText: "Sitzung bearbeiten" }).click();
  await edit.getByLabel("Beginn (Pflichtfeld)").fill("2021-05-04T14:00");
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(edit.getByText("Der Beginn liegt mehr als ein Jahr zurück. Bitte prüfen Sie das Datum.")).toHaveCount(2); // next to the field and in the error summary

  // cancelling: METHOD:CANCEL with the same UID and a higher SEQUENCE
  await page.reload();
  await page.getByText("Absagen …").click();
  await page.getByRole("button", { name: "Sitzung jetzt absagen" }).click();
  // the cancel form disappears with the cancellation (and its message with it): the facts and the history tell
  await expect(page.getByText("abgesagt, nicht öffentlich")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("meeting-history")).toContainText(
    "Status: abgesagt. Absage mit Kalenderdatei an 9 Personen",
  );
  const cancelled = calendarOf(await waitForMail(MEMBER, `Absage: ${title}`));
  expect(cancelled.method).toBe("CANCEL");
  expect(cancelled.status).toBe("CANCELLED");
  expect(cancelled.event.uid).toBe(invited.event.uid);
  expect(cancelled.event.sequence).toBeGreaterThan(changed.event.sequence);

  // the list filters find it by status and year, without JavaScript's help (a GET form)
  await page.goto("/kreis-mettmann/intern/sitzungen");
  const filters = page.getByRole("search", { name: "Sitzungen filtern" });
  await filters.getByLabel("Status").selectOption({ label: "abgesagt" });
  await filters.getByLabel("Jahr").selectOption(moved.slice(0, 4));
  await filters.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/status=CANCELLED/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(filters.getByLabel("Status")).toHaveValue("CANCELLED");
  await filters.getByLabel("Gremien").selectOption({ label: "Bildungsbüro" });
  await filters.getByRole("button", { name: "Filtern" }).click();
  await expect(page.getByTestId("meetings-empty")).toHaveText(
    "Keine Sitzungen für diese Auswahl. Alle Sitzungen zeigen",
  );
  await expectNoAxeViolations(page);
});

test("inviting inside the Ladungsfrist warns first and needs an explicit confirmation, recorded on the meeting", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, "buero@kreis-mettmann.example");
  const title = "Kurzfristige Sitzung des Lenkungskreises";
  await planMeeting(page, title, daysFromNow(5, "18:00"));
  // the task list names the last day to invite (14 days before the meeting day: already past)
  const deadline = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${dateFromNow(5 - 14)}T00:00:00Z`),
  );
  await expect(page.getByText(`Ladungsfrist: spätestens am ${deadline}.`)).toBeVisible();
  const preview = page.getByRole("region", { name: "Einladung", exact: true });
  await expect(preview.getByTestId("short-notice")).toContainText(
    "Die Ladungsfrist von 14 Tagen ist unterschritten: bis zur Sitzung sind 5 Tage.",
  );
  await expectNoAxeViolations(page);
  await preview.getByText("Einladung versenden …").click();
  await preview.getByRole("button", { name: "Einladung jetzt versenden" }).click();
  await expect(preview.getByText("Bitte bestätigen Sie, dass Sie trotzdem einladen.")).toHaveCount(2); // next to the field and in the error summary
  await preview.getByLabel("Ich lade trotz unterschrittener Ladungsfrist ein.").check();
  await preview.getByRole("button", { name: "Einladung jetzt versenden" }).click();
  await expect(page.getByText("Die Einladung geht an 9 Personen hinaus.")).toBeVisible();
  await waitForMail(MEMBER, `Einladung: ${title}`);
  await page.reload();
  await expect(page.getByTestId("meeting-history")).toContainText(
    "Ladungsfrist von 14 Tagen unterschritten (5 Tage vor der Sitzung) – trotzdem eingeladen, ausdrücklich bestätigt",
  );
});
