import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { PDFDocument, rgb } from "pdf-lib";
import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { daysFromNow } from "../support/clock.ts";
import { HOSTILE_MARKDOWN, HOSTILE_RENDERED, pdfOutline, pdfProblems, pdfText } from "../support/pdf.ts";

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="90" viewBox="0 0 300 90">
  <rect width="300" height="90" rx="10" fill="#06352a"/><circle cx="45" cy="45" r="28" fill="#ffffff"/>
</svg>`;

/** A two-page PDF as an office would attach it (drawn shapes, no fonts). */
async function attachmentPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const colour of [rgb(0.8, 0.2, 0.2), rgb(0.2, 0.2, 0.8)]) {
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 60, y: 600, width: 300, height: 120, color: colour });
  }
  return Buffer.from(await doc.save());
}

async function downloaded(page: Page, link: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

test("the office uploads a logo, then downloads minutes and Sitzungsmappe from the meeting page", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "leitung@bielefeld.example");

  // Logo: an SVG, rasterised; the page shows what was saved.
  await page.goto("/bielefeld/intern/verwaltung/briefkopf");
  await page.getByLabel(/Bilddatei: PNG, JPEG oder SVG/).setInputFiles({
    name: "logo-bildungsbuero.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from(LOGO),
  });
  await page.getByRole("button", { name: "Logo speichern" }).click();
  await expect(page.getByText(/Das Logo „logo-bildungsbuero\.svg“ ist gespeichert \(800 × 240 Pixel/)).toBeVisible();
  await expect(page.getByRole("img", { name: "Logo des Bildungsbüros, wie es im Briefkopf steht" })).toBeVisible();
  await expect(page.getByText("SVG, als PNG gespeichert")).toBeVisible();
  await expectNoAxeViolations(page);

  // A held meeting with one TOP, a PDF attachment and minutes typed with Markdown.
  await page.goto("/bielefeld/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill("Sitzung mit Mappe");
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(-2, "16:00"));
  await page.getByLabel("Ort", { exact: true }).fill("Neues Rathaus, Raum 101");
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await page
    .getByRole("form", { name: "Tagesordnungspunkt hinzufügen" })
    .getByLabel("Titel (Pflichtfeld)")
    .fill("Übergänge gestalten");
  await page.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText("„Übergänge gestalten“ ist auf der Tagesordnung.")).toBeVisible();
  const meetingUrl = page.url();
  await page.getByText("Unterlage an TOP 1 anhängen").click();
  const item = page.getByRole("listitem").filter({ hasText: "TOP 1: Übergänge gestalten" });
  await item.getByLabel("Titel der Unterlage").fill("Konzept Übergänge");
  await item.getByLabel("Datei (höchstens 10 MB) (Pflichtfeld)").setInputFiles({
    name: "konzept.pdf",
    mimeType: "application/pdf",
    buffer: await attachmentPdf(),
  });
  await item.getByRole("button", { name: "Unterlage hochladen" }).click();
  await expect(page.getByRole("link", { name: "Konzept Übergänge" })).toBeVisible();

  await page.goto(`${meetingUrl}/protokoll`);
  await page.getByLabel("TOP 1: Übergänge gestalten").fill(HOSTILE_MARKDOWN);
  await page.getByRole("button", { name: "Protokoll speichern" }).click();
  await expect(page.getByText("Das Protokoll ist gespeichert.")).toBeVisible();

  // Both downloads from the meeting page.
  await page.goto(meetingUrl);
  await expect(page.getByRole("heading", { name: "Dokumente als PDF" })).toBeVisible();
  await expectNoAxeViolations(page);

  const minutes = await downloaded(page, "Protokoll herunterladen (PDF)");
  expect(minutes.download.suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(await pdfProblems(minutes.bytes)).toEqual([]);
  const minutesText = await pdfText(minutes.bytes);
  for (const piece of [...HOSTILE_RENDERED, "ENTWURF", "TOP 1: Übergänge gestalten", "Anwesenheit"])
    expect(minutesText).toContain(piece);
  expect(minutesText).not.toContain("**");
  expect(minutes.bytes.toString("latin1")).toContain("/Subtype /Image");

  const mappe = await downloaded(page, "Sitzungsmappe herunterladen (PDF)");
  expect(mappe.download.suggestedFilename()).toMatch(/^sitzungsmappe-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(await pdfProblems(mappe.bytes)).toEqual([]);
  const mappeText = await pdfText(mappe.bytes);
  expect(mappeText).toContain("Inhaltsverzeichnis der Sitzungsmappe");
  expect(mappeText).toMatch(/Konzept Übergänge \(2 Seiten\) (\d+)/);
  const pages = Number(/Seite 1 von (\d+)/.exec(mappeText)![1]);
  const start = Number(/Konzept Übergänge \(2 Seiten\) (\d+)/.exec(mappeText)![1]);
  expect(pages).toBe(start + 1); // the attachment's two pages end the Mappe
  const outline = await pdfOutline(mappe.bytes);
  expect(outline.map((o) => o.title)).toContain("TOP 1: Übergänge gestalten");
  expect(outline.find((o) => o.title === "TOP 1: Übergänge gestalten")!.items).toEqual([
    { title: "Konzept Übergänge" },
  ]);
});
