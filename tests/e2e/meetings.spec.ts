import { expect, expectNoAxeViolations, loginAs, test, waitForMail } from "./fixtures";
import { berlinIso, dateFromNow, daysFromNow, germanDate, germanLongDate } from "../support/clock.ts";

test("the whole meeting flow: plan, agenda (keyboard reordering), invitation by SMTP, attendance, minutes, decision, assignment, approved minutes", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await loginAs(page, "buero@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern");
  await page
    .getByRole("navigation", { name: /Interner Bereich/ })
    .getByRole("link", { name: "Sitzungen" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sitzungen");
  await expectNoAxeViolations(page);

  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill("5. Sitzung des Lenkungskreises");
  // three weeks ahead of whatever day the suite runs; the decision number below takes its year
  const startsAt = daysFromNow(21, "14:00");
  const year = startsAt.slice(0, 4);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(startsAt);
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus Mettmann, Sitzungsraum 2");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("5. Sitzung des Lenkungskreises");
  await expect(page.getByText(`${germanLongDate(startsAt)} um 14:00 Uhr`)).toBeVisible();

  const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  for (const title of [
    "Begrüßung und Feststellung der Beschlussfähigkeit",
    "Bericht des Bildungsbüros",
    "Arbeitsprogramm 2027",
  ]) {
    await addForm.getByLabel("Titel (Pflichtfeld)").fill(title);
    await addForm
      .getByLabel("Art")
      .selectOption({ label: title === "Arbeitsprogramm 2027" ? "Beschluss" : "Information" });
    await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
    await expect(page.getByText(`„${title}“ ist auf der Tagesordnung.`)).toBeVisible();
  }
  const agenda = page.getByRole("list", { name: "Tagesordnungspunkte" });
  await expect(agenda.locator("> li > strong")).toHaveText([
    "TOP 1: Begrüßung und Feststellung der Beschlussfähigkeit",
    "TOP 2: Bericht des Bildungsbüros",
    "TOP 3: Arbeitsprogramm 2027",
  ]);

  // Keyboard only: focus the button, press Enter twice — TOP 3 moves to the top.
  await page.getByRole("button", { name: "TOP 3 nach oben" }).focus();
  await page.keyboard.press("Enter");
  await expect(agenda.locator("> li > strong").nth(1)).toHaveText("TOP 2: Arbeitsprogramm 2027");
  await page.getByRole("button", { name: "TOP 2 nach oben" }).focus();
  await page.keyboard.press("Enter");
  await expect(agenda.locator("> li > strong")).toHaveText([
    "TOP 1: Arbeitsprogramm 2027",
    "TOP 2: Begrüßung und Feststellung der Beschlussfähigkeit",
    "TOP 3: Bericht des Bildungsbüros",
  ]);

  // A document on a TOP: uploaded, listed, downloaded as attachment after the access check.
  await page.getByText("Unterlage an TOP 1 anhängen").click();
  const upload = page.getByRole("listitem").filter({ hasText: "TOP 1: Arbeitsprogramm 2027" });
  await upload.getByLabel("Titel der Unterlage").fill("Entwurf Arbeitsprogramm");
  await upload.getByLabel("Datei (höchstens 10 MB) (Pflichtfeld)").setInputFiles({
    name: "arbeitsprogramm.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% Entwurf\n"),
  });
  await upload.getByRole("button", { name: "Unterlage hochladen" }).click();
  const link = page.getByRole("link", { name: "Entwurf Arbeitsprogramm" });
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe("attachment; filename*=UTF-8''arbeitsprogramm.pdf");
  expect((await download.body()).toString()).toContain("%PDF-1.4");

  // Exports: the invitation as PDF (step "Einladung"), the attendance further below as CSV.
  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Einladung als PDF" }).getAttribute("href"))!,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Invitation: every member gets the agenda by e-mail; it arrives at the SMTP server with the .ics.
  await page.getByText("Einladung versenden …").click();
  await page.getByRole("button", { name: "Einladung jetzt versenden" }).click();
  await expect(page.getByText("Die Einladung geht an 9 Personen hinaus.")).toBeVisible();
  const mail = await waitForMail("schafer@kreis-mettmann.example", "Einladung: 5. Sitzung des Lenkungskreises");
  expect(mail.text).toContain("TOP 1: Arbeitsprogramm 2027 (Beschluss");
  const ics = mail.attachments.find((a) => a.filename === "sitzung.ics")!;
  expect(ics.content).toContain("BEGIN:VEVENT");
  expect(ics.content).toContain(`DTSTART:${berlinIso(startsAt).replace(/[-:]|\.\d{3}/g, "")}`);
  await page.reload();
  await expect(page.getByTestId("invitation-mails")).toContainText("schafer@kreis-mettmann.example: versandt am");
  await expect(page.getByText("Status").locator("xpath=following-sibling::dd[1]")).toHaveText(
    "eingeladen, nicht öffentlich",
  );

  // Attendance: not before the meeting day (this one is three weeks ahead; tests/e2e/attendance.spec.ts
  // records the table on a meeting day). The CSV already lists the seats, none recorded.
  await expect(page.getByTestId("step-attendance")).toContainText("noch nicht möglich");
  await expect(page.getByText("Anwesenheit kann ab dem Sitzungstag erfasst werden.")).toBeVisible();
  const csv = await page.request.get(
    (await page.getByRole("link", { name: "Anwesenheitsliste als CSV herunterladen" }).getAttribute("href"))!,
  );
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain("Das Gremium ist nicht beschlussfähig.");
  await expectNoAxeViolations(page);

  // Minutes: the meeting lies ahead, so the minutes page says why there is nothing to write yet
  // (writing, circulating and approving minutes: tests/e2e/minutes.spec.ts).
  const meetingUrl = page.url();
  await page.getByRole("link", { name: "Protokoll", exact: true }).click();
  await expect(page.getByTestId("minutes-refusal")).toContainText("erst ab dem Sitzungstag");
  await expect(page.getByRole("button", { name: "Protokoll speichern" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(meetingUrl);

  // The decision on the decision TOP, then an assignment from it; the dashboard shows it overdue.
  await page.getByText("Beschluss zu TOP 1 erfassen").click();
  const decisionForm = page.getByRole("listitem").filter({ hasText: "TOP 1: Arbeitsprogramm 2027" });
  await decisionForm
    .getByLabel("Beschlusstext (Pflichtfeld)")
    .fill(
      "Der Lenkungskreis beschließt das Arbeitsprogramm 2027 mit den Schwerpunkten MINT und Übergang Schule – Beruf.",
    );
  await decisionForm.getByLabel("Ergebnis (Pflichtfeld)").selectOption({ label: "angenommen" });
  for (const [label, value] of [
    ["Ja-Stimmen", "5"],
    ["Nein-Stimmen", "0"],
    ["Enthaltungen", "0"],
  ] as const)
    await decisionForm.getByLabel(label).fill(value);
  await decisionForm.getByRole("button", { name: "Beschluss speichern" }).click();
  await expect(page.getByTestId("decision")).toContainText(
    `Beschluss ${year}/001: angenommen (Ja 5, Nein 0, Enthaltung 0)`,
  );

  await page
    .getByRole("navigation", { name: /Interner Bereich/ })
    .getByRole("link", { name: "Beschlüsse und Aufträge" })
    .click();
  // other browser tests record decisions too: work inside this decision's section
  const decisionSection = page.getByRole("region", { name: new RegExp(`^Beschluss ${year}/001`) });
  await decisionSection.getByText(`Auftrag zu Beschluss ${year}/001 erteilen`).click();
  await decisionSection.getByLabel("Auftrag (Pflichtfeld)").fill("Arbeitsprogramm auf der Website veröffentlichen");
  // a due date before the decision is refused (issue 20): this one lies two months ahead
  const due = dateFromNow(60);
  const german = germanDate(due);
  await decisionSection.getByLabel("Frist").fill(due);
  await decisionSection.getByRole("button", { name: "Auftrag erteilen" }).click();
  await expect(decisionSection.getByTestId("assignment")).toContainText(
    `Arbeitsprogramm auf der Website veröffentlichen – offen, Frist ${german}`,
  );
  await expect(decisionSection.getByTestId("assignment")).not.toContainText("überfällig");
  await expectNoAxeViolations(page);
  await page.goto("/kreis-mettmann/intern");
  await expect(page.getByRole("region", { name: "Offene Aufträge" })).toContainText(
    `Arbeitsprogramm auf der Website veröffentlichen – Frist ${german}`,
  );
});

test("a conference member does not see the Lenkungskreis's meetings", async ({ page }) => {
  await loginAs(page, "konferenz@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/sitzungen");
  await expect(page.getByText("4. Sitzung des Lenkungskreises")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bildungskonferenz: Übergänge gemeinsam gestalten" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sitzung planen" })).toHaveCount(0);
});
