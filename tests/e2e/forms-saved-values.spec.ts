import type { Locator, Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";
import { daysFromNow } from "../support/clock.ts";

// After a save that stays on the page every field shows what was stored, and a second save
// without reloading writes what the field shows — one test per kind of field, each on a real
// page, each saving twice and reading the stored value back on a second tab after each save.
// (React resets a form after its action to the values its fields were mounted with: a select
// or a radio group that kept its page-load value wrote it back on the next save.)

async function newEvent(page: Page, title: string): Promise<string> {
  await page.goto("/kreis-mettmann/intern/veranstaltungen");
  const create = page.getByRole("form", { name: "Neue Veranstaltung" });
  await create.getByRole("radio", { name: "Fachtagung" }).check();
  await create.getByLabel("Titel (Pflichtfeld)").fill(title);
  await create.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(40, "09:00"));
  await create.getByLabel("Ort (Pflichtfeld)").fill("Kreishaus Mettmann");
  await create.getByRole("button", { name: "Veranstaltung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/** Submits and waits until the page shows the outcome (the button is back from "Wird gespeichert …"). */
async function save(form: Locator, button: string) {
  await Promise.all([
    form.page().waitForResponse((r) => r.request().method() === "POST"),
    form.getByRole("button", { name: button }).click(),
  ]);
  await expect(form.getByRole("button", { name: button })).toBeEnabled();
}

/** What is stored, as a fresh page load on a second tab shows it. */
async function stored<T>(page: Page, url: string, read: (fresh: Page) => Promise<T>): Promise<T> {
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  try {
    return await read(fresh);
  } finally {
    await fresh.close();
  }
}

const editForm = (page: Page) => page.getByRole("form", { name: "Angaben ändern" });

test.beforeEach(async ({ page }) => {
  await loginAs(page, "buero@kreis-mettmann.example");
});

test("text: the event title, saved twice without reload", async ({ page }) => {
  const url = await newEvent(page, `Textfeld ${Date.now()}`);
  const form = editForm(page);
  for (const title of [`Fachtag Übergänge ${Date.now()}`, `Fachtag Übergänge, zweite Fassung ${Date.now()}`]) {
    await form.getByLabel("Titel (Pflichtfeld)").fill(`  ${title}  `);
    await save(form, "Änderungen speichern");
    await expect(form.getByLabel("Titel (Pflichtfeld)")).toHaveValue(title);
    expect(await stored(page, url, (p) => editForm(p).getByLabel("Titel (Pflichtfeld)").inputValue())).toBe(title);
  }
});

test("radio group: the kind of event, saved twice without reload", async ({ page }) => {
  const url = await newEvent(page, `Radiogruppe ${Date.now()}`);
  const form = editForm(page);
  for (const kind of ["Austauschforum", "Bildungskonferenz"]) {
    await form.getByRole("radio", { name: kind }).check();
    await save(form, "Änderungen speichern");
    await expect(form.getByRole("radio", { name: kind })).toBeChecked();
    expect(await stored(page, url, (p) => editForm(p).getByRole("radio", { name: kind }).isChecked())).toBe(true);
  }
  // a save of another field keeps the stored kind
  await form.getByLabel("Ort (Pflichtfeld)").fill("Stadthalle Hilden");
  await save(form, "Änderungen speichern");
  expect(
    await stored(page, url, (p) => editForm(p).getByRole("radio", { name: "Bildungskonferenz" }).isChecked()),
  ).toBe(true);
});

test("checkbox: 'öffentlich', saved twice without reload", async ({ page }) => {
  const url = await newEvent(page, `Kontrollkästchen ${Date.now()}`);
  const form = editForm(page);
  const label = "öffentlich (auf der Terminseite und mit Anmeldeformular)";
  for (const isPublic of [false, true]) {
    await form.getByLabel(label).setChecked(isPublic);
    await save(form, "Änderungen speichern");
    if (isPublic) await expect(form.getByLabel(label)).toBeChecked();
    else await expect(form.getByLabel(label)).not.toBeChecked();
    expect(await stored(page, url, (p) => editForm(p).getByLabel(label).isChecked())).toBe(isPublic);
  }
});

test("date and time: the start of the event, saved twice without reload", async ({ page }) => {
  const url = await newEvent(page, `Datumsfeld ${Date.now()}`);
  const form = editForm(page);
  for (const startsAt of [daysFromNow(50, "10:30"), daysFromNow(51, "16:45")]) {
    await form.getByLabel("Beginn (Pflichtfeld)").fill(startsAt);
    await save(form, "Änderungen speichern");
    await expect(form.getByLabel("Beginn (Pflichtfeld)")).toHaveValue(startsAt);
    expect(await stored(page, url, (p) => editForm(p).getByLabel("Beginn (Pflichtfeld)").inputValue())).toBe(startsAt);
  }
});

test("select: the Handlungsfeld of a forum, saved twice without reload", async ({ page }) => {
  const url = await newEvent(page, `Auswahlliste ${Date.now()}`);
  await page.locator("summary", { hasText: "Forum hinzufügen" }).click();
  const add = page.locator("form").filter({ has: page.getByLabel("Titel des Forums (Pflichtfeld)") });
  await add.getByLabel("Titel des Forums (Pflichtfeld)").fill("Forum Übergänge");
  await add.getByRole("button", { name: "Forum hinzufügen" }).click();
  await expect(page.getByText("Das Forum „Forum Übergänge“ steht im Programm.")).toBeVisible();
  const forumForm = (p: Page) => p.locator("form").filter({ has: p.getByRole("button", { name: "Forum speichern" }) });
  await page.locator("summary", { hasText: "Forum „Forum Übergänge“ bearbeiten" }).click();
  for (const field of ["MINT-Bildung", "Inklusion"]) {
    const form = forumForm(page);
    await form.getByLabel("Handlungsfeld").selectOption({ label: field });
    await save(form, "Forum speichern");
    await expect(forumForm(page).getByLabel("Handlungsfeld").locator("option:checked")).toHaveText(field);
    expect(
      await stored(page, url, async (p) => {
        await p.locator("summary", { hasText: "Forum „Forum Übergänge“ bearbeiten" }).click();
        return forumForm(p).getByLabel("Handlungsfeld").locator("option:checked").textContent();
      }),
    ).toBe(field);
  }
});
