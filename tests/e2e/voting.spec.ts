import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LOGINS, loginAs, test } from "./fixtures";
import { dateFromNow } from "../support/clock.ts";

/** Presses Tab until the focused element matches; fails if the keyboard never gets there. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string; name: string; text: string }) => boolean,
  max = 80,
) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      if (!active) return { tag: "", type: "", name: "", text: "" };
      const label = active.labels?.[0]?.textContent ?? "";
      return {
        tag: active.tagName,
        type: active.type ?? "",
        name: active.getAttribute("name") ?? "",
        text: (active.innerText || label || "").trim(),
      };
    });
    if (matches(el)) return;
    seen.push(`${el.tag}:${el.text.slice(0, 30)}`);
  }
  throw new Error(`Mit der Tastatur nicht erreichbar; besucht: ${seen.join(" | ")}`);
}

const berlinInDays = (days: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin", dateStyle: "short", timeStyle: "short" })
    .format(new Date(Date.now() + days * 86_400_000))
    .replace(" ", "T");

test("a Lenkungskreis member votes by keyboard only, then changes the vote; axe on dashboard and ballot", async ({
  page,
}) => {
  await loginAs(page, LOGINS.mettmannSteering);
  await page.goto("/kreis-mettmann/intern");
  await expect(page.getByRole("heading", { name: "Ihre Stimme wird erwartet" })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, (el) => el.tag === "A" && el.text.includes("Lesestart vor Ort"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lesestart vor Ort");
  await expect(page.getByRole("group", { name: "Ihre Stimme zu dieser Vorlage" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Into the radio group, choose "Ja", move on to "Nein" with the arrow key, submit with Enter.
  await tabTo(page, (el) => el.name === "vote");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Nein" })).toBeChecked();
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Stimme abgeben");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "Ihre Stimme ist abgegeben und wird gezählt." }),
  ).toBeVisible();
  await expect(page.getByText("Sie haben abgestimmt. Ihre Stimme: Nein.")).toBeVisible();
  await expect(page.getByTestId("beteiligung")).toHaveText("1"); // he chairs the Lenkungskreis and sees participation
  await expectNoAxeViolations(page);

  // The poll allows changes until its end: back to "Ja".
  await tabTo(page, (el) => el.name === "vote");
  await page.keyboard.press("ArrowLeft");
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Stimme ändern");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Ihre geänderte Stimme ist gespeichert." })).toBeVisible();
  await expect(page.getByText("Sie haben abgestimmt. Ihre Stimme: Ja.")).toBeVisible();
  await expect(page.getByTestId("beteiligung")).toHaveText("1");
  // the dashboard no longer waits for this vote
  await page.goto("/kreis-mettmann/intern");
  await expect(page.getByRole("link", { name: /Lesestart vor Ort/ })).toHaveCount(0);
});

test("the office prepares and opens a points poll; a member's over-budget ballot is refused with the typed points kept; priorities become the work programme", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, LOGINS.mettmannLead);
  await page.goto("/kreis-mettmann/intern/abstimmungen");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Neue Abstimmung vorbereiten" });
  await form.getByLabel("Titel (Pflichtfeld)").fill("Schwerpunkte der Fachtagung 2027");
  await form.getByLabel("Verfahren (Pflichtfeld)").selectOption({ label: "Punktevergabe" });
  for (const field of ["MINT-Bildung", "Inklusion", "Kulturelle Bildung"]) await form.getByLabel(field).check();
  // forgotten points: the message sits next to the field, and every choice made is kept (selects included)
  await form.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(form.getByText("Bitte geben Sie an, wie viele Punkte jede Person vergibt.")).toHaveCount(2); // next to the field and in the error summary
  await expect(form.getByLabel("Verfahren (Pflichtfeld)")).toHaveValue("POINTS");
  await expect(form.getByLabel("Kulturelle Bildung")).toBeChecked();
  await expect(form.getByLabel("Titel (Pflichtfeld)")).toHaveValue("Schwerpunkte der Fachtagung 2027");
  await form.getByLabel("Punkte je Person").fill("5");
  await form.getByLabel("Höchstens Punkte je Option").fill("3");
  await form.getByLabel("Ende der Abstimmung").fill(berlinInDays(7));
  await form.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Schwerpunkte der Fachtagung 2027");
  await expect(page.getByTestId("status")).toHaveText("Entwurf");
  await expectNoAxeViolations(page);
  await page.getByText("Abstimmung eröffnen …").click();
  await page.getByRole("button", { name: "Abstimmung jetzt eröffnen" }).click();
  await expect(page.getByTestId("done-notice")).toContainText("Die Abstimmung ist eröffnet: 9 stimmberechtigte Sitze");
  await expect(page.getByTestId("status")).toHaveText("offen");
  const pollUrl = page.url();

  // The member, in a browser of their own.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await loginAs(member, LOGINS.mettmannSteering);
  await member.goto(pollUrl);
  const ballot = member.getByRole("group", { name: /Verteilen Sie bis zu 5 Punkte/ });
  await expect(ballot).toBeVisible();
  await expectNoAxeViolations(member);
  // the running sum needs the page's script; typing before it has loaded is kept, so retry until it counts
  await expect(async () => {
    await ballot.getByLabel("MINT-Bildung").fill("3");
    await ballot.getByLabel("Inklusion").fill("3");
    await expect(member.getByText("1 Punkt zu viel vergeben.")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(member.getByText("Sie haben 6 Punkte vergeben; zur Verfügung stehen 5.")).toBeVisible();
  await expect(ballot.getByLabel("MINT-Bildung")).toHaveValue("3");
  await expect(ballot.getByLabel("Inklusion")).toHaveValue("3");
  await expectNoAxeViolations(member);
  await ballot.getByLabel("Inklusion").fill("2");
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Ihre Stimme ist abgegeben" })).toBeVisible();
  await expect(member.getByText("Ihre Stimme: MINT-Bildung: 3, Inklusion: 2.")).toBeVisible();
  await memberContext.close();

  // The office closes it: the result is frozen and shown.
  await page.reload();
  await page.getByText("Abstimmung schließen …").click();
  await page.getByRole("button", { name: "Abstimmung jetzt schließen" }).click();
  await expect(page.getByTestId("done-notice")).toHaveText(
    "Die Abstimmung ist geschlossen; 1 von 9 Sitzen haben abgestimmt. Das Ergebnis ist festgeschrieben.",
  );
  await expect(page.getByRole("table", { name: "Rangfolge" })).toBeVisible();

  // The seeded priority poll becomes next year's work programme, with an assignment.
  const programmeYear = String(Number(dateFromNow(0).slice(0, 4)) + 1);
  await page.goto("/kreis-mettmann/intern/abstimmungen");
  await page.getByRole("link", { name: `Prioritäten für das Arbeitsprogramm ${programmeYear}` }).click();
  await expect(page.getByTestId("ergebnis")).toContainText("Reihenfolge nach der Schulze-Methode");
  await expectNoAxeViolations(page);
  await page.getByLabel("Jahr (Pflichtfeld)").fill(programmeYear);
  await page.getByRole("button", { name: "Arbeitsprogramm beschließen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Arbeitsprogramm ${programmeYear}`);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("Priorität 1:");
  await page.getByText("Auftrag zu Priorität 1 erteilen").first().click();
  await page.getByLabel("Auftrag (Pflichtfeld)").first().fill("Konzept für Priorität 1 vorlegen");
  await page.getByRole("button", { name: "Auftrag erteilen" }).first().click();
  await expect(page.getByTestId("assignment")).toContainText("Konzept für Priorität 1 vorlegen");
  await expectNoAxeViolations(page);
});

test("approval and ranking ballots: labelled controls, axe clean, invalid rankings refused next to the field", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await loginAs(page, LOGINS.mettmannLead);
  const prepare = async (
    title: string,
    method: string,
    extra: (form: ReturnType<Page["getByRole"]>) => Promise<void>,
  ) => {
    await page.goto("/kreis-mettmann/intern/abstimmungen");
    const form = page.getByRole("form", { name: "Neue Abstimmung vorbereiten" });
    await form.getByLabel("Titel (Pflichtfeld)").fill(title);
    await form.getByLabel("Verfahren (Pflichtfeld)").selectOption({ label: method });
    await form.getByLabel("Stimmabgabe (Pflichtfeld)").selectOption({ label: "geheim" });
    await form
      .getByLabel("Weitere Optionen (Maßnahmen), eine je Zeile")
      .fill("Lesepaten an Grundschulen\nMINT-Ferienakademie\nElterncafé in Kitas");
    await form.getByLabel("Ende der Abstimmung").fill(berlinInDays(5));
    await extra(form);
    await form.getByRole("button", { name: "Entwurf speichern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.getByText("Abstimmung eröffnen …").click();
    await page.getByRole("button", { name: "Abstimmung jetzt eröffnen" }).click();
    await expect(page.getByTestId("status")).toHaveText("offen");
    return page.url();
  };
  const approvalUrl = await prepare("Maßnahmen 2027 (Zustimmung)", "Zustimmungswahl (bis zu k Optionen)", (form) =>
    form.getByLabel("Höchstzahl wählbarer Optionen").fill("2"),
  );
  const rankingUrl = await prepare("Maßnahmen 2027 (Rangfolge)", "Rangfolge (Schulze-Methode)", async () => {});

  const context = await browser.newContext();
  const member = await context.newPage();
  await loginAs(member, LOGINS.mettmannSteering);
  await member.goto(approvalUrl);
  const approval = member.getByRole("group", { name: "Wählen Sie bis zu 2 Optionen" });
  await expectNoAxeViolations(member);
  for (const label of ["Lesepaten an Grundschulen", "MINT-Ferienakademie", "Elterncafé in Kitas"])
    await approval.getByLabel(label).check();
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(member.getByText("Sie können höchstens 2 Optionen wählen; gewählt sind 3.")).toBeVisible();
  await expect(approval.getByLabel("Elterncafé in Kitas")).toBeChecked();
  await approval.getByLabel("MINT-Ferienakademie").uncheck();
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(
    member.getByRole("status").filter({ hasText: "Ihre Stimme ist abgegeben und wird geheim gezählt." }),
  ).toBeVisible();

  await member.goto(rankingUrl);
  const ranking = member.getByRole("group", { name: "Ordnen Sie die Optionen: Platz 1 ist Ihre erste Wahl" });
  await expectNoAxeViolations(member);
  await ranking.getByLabel("Elterncafé in Kitas").selectOption({ label: "Platz 1" });
  await ranking.getByLabel("Lesepaten an Grundschulen").selectOption({ label: "Platz 1" });
  await ranking.getByLabel("MINT-Ferienakademie").selectOption({ label: "Platz 3" });
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(member.getByText("Bitte vergeben Sie jeden Platz von 1 bis 3 genau einmal.")).toBeVisible();
  await expectNoAxeViolations(member);
  await ranking.getByLabel("Lesepaten an Grundschulen").selectOption({ label: "Platz 2" });
  await member.getByRole("button", { name: "Stimme abgeben" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Ihre Stimme ist abgegeben" })).toBeVisible();
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the ballot still works: the vote is stored and confirmed in the re-rendered page", async ({ page }) => {
    await loginAs(page, "lenkungskreis@bielefeld.example");
    await page.goto("/bielefeld/intern/abstimmungen");
    await page
      .getByRole("link", { name: /Lesestart vor Ort/ })
      .first()
      .click();
    await page.getByRole("radio", { name: "Enthaltung" }).check();
    await page.getByRole("button", { name: "Stimme abgeben" }).click();
    await expect(page.getByText("Ihre Stimme ist abgegeben und wird gezählt.")).toBeVisible();
    await expect(page.getByText("Sie haben abgestimmt. Ihre Stimme: Enthaltung.")).toBeVisible();
  });
});
