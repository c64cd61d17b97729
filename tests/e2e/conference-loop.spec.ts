import { expect, expectNoAxeViolations, loginAs, test, waitForMail } from "./fixtures";
import { dateFromNow, germanDate } from "../support/clock.ts";

// The closed loop in the browser: a conference with public registration and waiting list,
// a recommendation forwarded to the Lenkungskreis, decided, an assignment done, an offer
// following from it, and the report to the next Bildungskonferenz showing the chain.
test("register for a conference, record and forward a recommendation, decide it, finish the assignment, and see the chain in the report", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  // the conference and the steering meeting after it lie ahead of whatever day the suite runs
  const conferenceDay = dateFromNow(40);
  const meetingDay = dateFromNow(54);
  const meetingYear = meetingDay.slice(0, 4);
  const conference = `Bildungskonferenz ${conferenceDay.slice(0, 4)} ${stamp}`;
  await loginAs(page, "buero@kreis-mettmann.example");

  // The office plans the conference: one place, so the second registration waits.
  await page.goto("/kreis-mettmann/intern/veranstaltungen");
  await expectNoAxeViolations(page);
  const create = page.getByRole("form", { name: "Neue Veranstaltung" });
  await create.getByRole("radio", { name: "Bildungskonferenz" }).check();
  await create.getByLabel("Titel (Pflichtfeld)").fill(conference);
  await create.getByLabel("Beginn (Pflichtfeld)").fill(`${conferenceDay}T09:00`);
  await create.getByLabel("Ort (Pflichtfeld)").fill("Stadthalle Mettmann");
  await create.getByLabel("Plätze (Pflichtfeld)").fill("0");
  await create.getByRole("button", { name: "Veranstaltung anlegen" }).click();
  // next to the field and in the error summary above the form
  await expect(create.getByText("Bitte geben Sie für die Zahl der Plätze eine Zahl von 1 bis 100000 an.")).toHaveCount(
    2,
  );
  await expect(create.getByLabel("Titel (Pflichtfeld)")).toHaveValue(conference);
  await create.getByLabel("Plätze (Pflichtfeld)").fill("1");
  await create.getByRole("button", { name: "Veranstaltung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(conference);
  await page.locator("summary", { hasText: "Forum hinzufügen" }).click();
  const forumForm = page.locator("form").filter({ has: page.getByLabel("Titel des Forums (Pflichtfeld)") });
  await forumForm.getByLabel("Titel des Forums (Pflichtfeld)").fill("Forum MINT");
  await forumForm.getByLabel("Handlungsfeld").selectOption({ label: "MINT-Bildung" });
  await forumForm.getByRole("button", { name: "Forum hinzufügen" }).click();
  await expect(page.getByRole("list").getByText("Forum MINT", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const eventPage = page.url();

  // Two visitors register on the public page (no login); the second lands on the waiting list.
  const visitor = await (await browser.newContext()).newPage();
  await page.getByRole("link", { name: "Öffentliche Seite mit Anmeldeformular" }).click();
  await expect(page).toHaveURL(/\/kreis-mettmann\/veranstaltungen\/[0-9a-f-]{36}$/);
  const publicEvent = page.url();
  await visitor.goto(publicEvent);
  await expect(visitor.getByTestId("plaetze")).toHaveText("Noch 1 Platz frei.");
  await expectNoAxeViolations(visitor);
  const register = visitor.getByRole("form", { name: "Anmeldung" });
  await register.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(register.getByText("Bitte geben Sie Ihren Namen mit mindestens 2 Zeichen an.")).toHaveCount(2); // next to the field and in the error summary
  await expect(register.getByText(/Bitte bestätigen Sie, dass wir Ihre Angaben/)).toHaveCount(2); // next to the field and in the error summary
  await expect(register.getByLabel("Vor- und Nachname (Pflichtfeld)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(visitor);
  const first = `ayse.${stamp}@kita.example`;
  await register.getByLabel("Vor- und Nachname (Pflichtfeld)").fill("Ayşe Yılmaz");
  await register.getByLabel("Einrichtung (z. B. Schule, Kita, Verein)").fill("Kita Sonnenschein");
  await register.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill(first);
  await register.getByLabel("Forum", { exact: true }).selectOption({ label: "Forum MINT" });
  await register.getByLabel(/Ich bin einverstanden/).check();
  await register.getByRole("button", { name: "Verbindlich anmelden" }).click();
  await expect(visitor.getByText("Vielen Dank, Ihre Anmeldung ist bestätigt.", { exact: false })).toBeVisible();

  const second = `jonas.${stamp}@schule.example`;
  const visitor2 = await (await browser.newContext()).newPage();
  await visitor2.goto(publicEvent);
  await expect(visitor2.getByTestId("plaetze")).toContainText("Alle Plätze sind belegt");
  const register2 = visitor2.getByRole("form", { name: "Anmeldung" });
  await register2.getByLabel("Vor- und Nachname (Pflichtfeld)").fill("Jonas Becker");
  await register2.getByLabel("E-Mail-Adresse (Pflichtfeld)").fill(second);
  await register2.getByLabel(/Ich bin einverstanden/).check();
  await register2.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(visitor2.getByText(/Sie stehen auf Platz 1 der Warteliste/)).toBeVisible();

  // The first cancels with the personal link from the confirmation e-mail; the second moves up.
  const confirmation = await waitForMail(first, "Anmeldung bestätigt");
  const link = /https?:\/\/\S+\/veranstaltungen\/stornieren\/[A-Za-z0-9_-]{43}/.exec(confirmation.text)![0];
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByText("Guten Tag Ayşe Yılmaz", { exact: false })).toBeVisible();
  await visitor.getByRole("button", { name: "Anmeldung stornieren" }).click();
  await expect(visitor.getByRole("status").filter({ hasText: "Ihre Anmeldung ist storniert." })).toBeVisible();
  await waitForMail(second, "Ihr Platz ist frei");
  await page.goto(eventPage);
  await expect(page.getByTestId("anmeldung")).toHaveCount(2);
  await expect(page.getByTestId("anmeldung").nth(0)).toContainText("storniert");
  await expect(page.getByTestId("anmeldung").nth(1)).toContainText("bestätigt");
  const csv = await page.request.get(`${new URL(eventPage).pathname}/teilnehmende.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Jonas Becker");

  // A steering meeting next year to take the recommendation.
  await page.goto("/kreis-mettmann/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill(`Lenkungskreis März ${stamp}`);
  await page.getByLabel("Beginn (Pflichtfeld)").fill(`${meetingDay}T14:00`);
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus, Sitzungsraum 2");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lenkungskreis März ${stamp}`);

  // The recommendation from the MINT forum.
  await page.goto("/kreis-mettmann/intern/empfehlungen");
  const rec = page.getByRole("form", { name: "Neue Empfehlung erfassen" });
  await rec.getByLabel("Titel (Pflichtfeld)").fill(`MINT-Werkstätten an Grundschulen ${stamp}`);
  await rec
    .getByLabel("Text der Empfehlung (Pflichtfeld)")
    .fill("Die Bildungskonferenz empfiehlt, an jeder Grundschule eine MINT-Werkstatt einzurichten.");
  await rec.getByLabel("Handlungsfeld (Pflichtfeld)").selectOption({ label: "MINT-Bildung" });
  await rec
    .getByLabel("Aus dem Forum")
    .selectOption({ label: `${conference} (${germanDate(conferenceDay)}): Forum MINT` });
  await rec.getByRole("button", { name: "Empfehlung erfassen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`MINT-Werkstätten an Grundschulen ${stamp}`);
  await expect(page).toHaveURL(/\/intern\/empfehlungen\/[0-9a-f-]{36}$/);
  const recommendationPage = page.url();
  const forward = page.getByRole("form", { name: "An den Lenkungskreis weiterleiten" });
  await forward
    .getByLabel("Sitzung des Lenkungskreises (Pflichtfeld)")
    .selectOption({ label: `Lenkungskreis März ${stamp} (${germanDate(meetingDay)}, 14:00 Uhr)` });
  await forward.getByRole("button", { name: "Als Beschluss-TOP auf die Tagesordnung setzen" }).click();
  await expect(
    page.getByText(
      `Weitergeleitet: Die Empfehlung steht als TOP 1 auf der Tagesordnung von „Lenkungskreis März ${stamp}“.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Weg dieses Vorgangs" })).toContainText(
    `Beraten im Lenkungskreis: Lenkungskreis März ${stamp}, TOP 1`,
  );

  // The Lenkungskreis decides on the TOP.
  await page.getByRole("link", { name: `Lenkungskreis März ${stamp}` }).click();
  await expect(page.getByRole("link", { name: "Empfehlung der Bildungskonferenz zu TOP 1 ansehen" })).toBeVisible();
  await page.locator("summary", { hasText: "Beschluss zu TOP 1 erfassen" }).click();
  const decide = page.locator("form").filter({ has: page.getByLabel("Beschlusstext (Pflichtfeld)") });
  await decide
    .getByLabel("Beschlusstext (Pflichtfeld)")
    .fill("Der Lenkungskreis greift die Empfehlung auf: zwei Pilotschulen im Schuljahr 2027/28.");
  await decide.getByLabel("Ergebnis (Pflichtfeld)").selectOption({ label: "angenommen" });
  await decide.getByRole("button", { name: "Beschluss speichern" }).click();
  await expect(page.getByTestId("decision")).toContainText(new RegExp(`Beschluss ${meetingYear}/\\d{3}: angenommen`));
  const number = new RegExp(`${meetingYear}/\\d{3}`).exec((await page.getByTestId("decision").textContent())!)![0];

  // An assignment from the decision, marked done on its own page.
  await page.goto("/kreis-mettmann/intern/auftraege");
  await page.locator("summary", { hasText: `Auftrag zu Beschluss ${number} erteilen` }).click();
  const section = page.getByRole("region", { name: new RegExp(`Beschluss ${number}`) });
  await section.getByLabel("Auftrag (Pflichtfeld)").fill(`Pilotschulen gewinnen ${stamp}`);
  await section.getByLabel("Frist").fill(dateFromNow(160));
  await section.getByRole("button", { name: "Auftrag erteilen" }).click();
  await expect(section.getByRole("link", { name: `Pilotschulen gewinnen ${stamp}` })).toBeVisible();
  await section.getByRole("link", { name: `Pilotschulen gewinnen ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Auftrag: Pilotschulen gewinnen ${stamp}`);
  const stand = page.getByRole("form", { name: "Stand ändern" });
  await stand.getByLabel("Stand (Pflichtfeld)").selectOption({ label: "erledigt" });
  await stand.getByLabel("Fortschrittsnotiz").fill("Zwei Grundschulen haben zugesagt.");
  await stand.getByRole("button", { name: "Stand speichern" }).click();
  await expect(page.getByTestId("auftrag-stand")).toHaveText("erledigt");
  const chain = page.getByRole("region", { name: "Weg dieses Vorgangs" });
  await expect(chain.getByRole("link", { name: `MINT-Werkstätten an Grundschulen ${stamp}` })).toBeVisible();
  await expect(chain.getByRole("link", { name: `Beschluss ${number}` })).toBeVisible();

  // The report to the Bildungskonferenz shows the chain with its traffic light.
  await page.goto(recommendationPage);
  await page.getByRole("link", { name: "Alle Empfehlungen" }).click();
  await page.getByRole("link", { name: "Bericht an die Bildungskonferenz erstellen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bericht an die Bildungskonferenz");
  const entry = page.getByRole("article", { name: new RegExp(`MINT-Werkstätten an Grundschulen ${stamp}`) });
  await expect(entry).toContainText(`Lenkungskreis März ${stamp}, TOP 1`);
  await expect(entry).toContainText(`Beschluss ${number}`);
  await expect(entry.getByTestId("bericht-auftrag")).toContainText(`Pilotschulen gewinnen ${stamp}`);
  await expect(entry.getByTestId("bericht-auftrag")).toContainText("erledigt");
  await expectNoAxeViolations(page);
  const pdf = await page.request.get("/kreis-mettmann/intern/empfehlungen/bericht.pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The public Handlungsfeld page shows the public recommendation and decision.
  await visitor.goto("/kreis-mettmann/handlungsfelder/mint");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Handlungsfeld: MINT-Bildung");
  await expect(visitor.getByText(`MINT-Werkstätten an Grundschulen ${stamp}`)).toBeVisible();
  await expectNoAxeViolations(visitor);
});
