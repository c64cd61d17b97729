import type { APIRequestContext } from "@playwright/test";
import { validateOParl } from "../support/oparl-schema";
import { expect, expectNoAxeViolations, loginAs, test } from "./fixtures";
import { dateFromNow, daysFromNow } from "../support/clock.ts";

const path = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** Every OParl object reachable from /system within one region, over HTTP. */
async function walkRegion(request: APIRequestContext, slug: string) {
  const queue = ["/api/oparl/v1/system", `/api/oparl/v1/body/${slug}`];
  const seen = new Set<string>();
  const objects: Record<string, unknown>[] = [];
  const failed: string[] = [];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const response = await request.get(next);
    if (response.status() !== 200) {
      failed.push(`${response.status()} ${next}`);
      continue;
    }
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as Record<string, unknown>;
    if (Array.isArray(body.data)) objects.push(...(body.data as Record<string, unknown>[]));
    else objects.push(body);
    const found = (value: unknown): void => {
      if (typeof value === "string" && value.includes(`/api/oparl/v1/body/${slug}`)) queue.push(path(value));
      else if (Array.isArray(value)) value.forEach(found);
      else if (value && typeof value === "object") Object.values(value).forEach(found);
    };
    found(body);
  }
  return { objects, failed, text: JSON.stringify(objects) };
}

test("OParl: a document the office publishes on a public TOP appears as File and can be downloaded by anyone; the e-mail only with its own consent", async ({
  page,
  playwright,
}) => {
  test.setTimeout(150_000);
  await loginAs(page, "buero@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/sitzungen");
  await page.getByLabel("Gremium").selectOption({ label: "Lenkungskreis" });
  await page.getByLabel("Titel (Pflichtfeld)").fill("Öffentliche Sitzung für die offenen Daten");
  await page.getByLabel("Beginn (Pflichtfeld)").fill(daysFromNow(38, "15:00")); // a public meeting ahead
  await page.getByLabel("Ort", { exact: true }).fill("Kreishaus Mettmann, Raum 1");
  await page.getByLabel("öffentliche Sitzung").check();
  await page.getByRole("button", { name: "Sitzung anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Öffentliche Sitzung für die offenen Daten");
  const meetingId = page.url().split("/").pop()!;

  const addForm = page.getByRole("form", { name: "Tagesordnungspunkt hinzufügen" });
  await addForm.getByLabel("Titel (Pflichtfeld)").fill("Bericht zum Übergang Schule – Beruf");
  await addForm.getByRole("button", { name: "TOP hinzufügen" }).click();
  await expect(page.getByText("„Bericht zum Übergang Schule – Beruf“ ist auf der Tagesordnung.")).toBeVisible();
  await page.getByText("Unterlage an TOP 1 anhängen").click();
  const item = page.getByRole("listitem").filter({ hasText: "TOP 1: Bericht zum Übergang Schule – Beruf" });
  await item.getByLabel("Titel der Unterlage").fill("Bericht KAoA 2026");
  await item.getByLabel("Datei (höchstens 10 MB) (Pflichtfeld)").setInputFiles({
    name: "bericht.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% Bericht KAoA\n%%EOF\n"),
  });
  await item.getByRole("button", { name: "Unterlage hochladen" }).click();
  await expect(page.getByText("(bericht.pdf, 1 KB, nur intern)")).toBeVisible();

  // anyone: nothing of the document yet
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const before = await anonymous.get(`/api/oparl/v1/body/kreis-mettmann/meeting/${meetingId}`);
  expect(before.status()).toBe(200);
  expect(JSON.stringify(await before.json())).not.toContain("Bericht KAoA");

  await page.getByRole("button", { name: "„Bericht KAoA 2026“ veröffentlichen" }).click();
  await expect(page.getByText("„Bericht KAoA 2026“ ist veröffentlicht.")).toBeVisible();
  await expect(page.getByText("(bericht.pdf, 1 KB, veröffentlicht)")).toBeVisible();
  await expectNoAxeViolations(page);

  const meeting = (await (await anonymous.get(`/api/oparl/v1/body/kreis-mettmann/meeting/${meetingId}`)).json()) as {
    agendaItem: {
      auxiliaryFile: { id: string; name: string; accessUrl: string; downloadUrl: string; sha512Checksum: string }[];
    }[];
  };
  const [file] = meeting.agendaItem[0]!.auxiliaryFile;
  expect(file).toMatchObject({ name: "Bericht KAoA 2026", sha512Checksum: expect.stringMatching(/^[0-9a-f]{128}$/) });
  const inline = await anonymous.get(path(file!.accessUrl));
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-disposition"]).toBe("inline; filename*=UTF-8''bericht.pdf");
  expect((await inline.body()).toString()).toContain("Bericht KAoA");
  expect((await anonymous.get(path(file!.downloadUrl))).headers()["content-disposition"]).toBe(
    "attachment; filename*=UTF-8''bericht.pdf",
  );

  // The e-mail address of a named member appears only after its own consent (the office lead records it).
  await loginAs(page, "leitung@kreis-mettmann.example");
  await page.goto("/kreis-mettmann/intern/verwaltung/personen");
  await expectNoAxeViolations(page);
  const consent = page.getByRole("button", { name: /^E-Mail-Einwilligung von .+ erfassen$/ }).first();
  const who = (await consent.textContent())!.replace(/^E-Mail-Einwilligung von (.+) erfassen$/, "$1");
  const { text: withoutEmail } = await walkRegion(anonymous, "kreis-mettmann");
  expect(withoutEmail).toContain(who);
  expect(withoutEmail).not.toMatch(/"email":/);
  await consent.click();
  await expect(page.getByText(`Die E-Mail-Adresse von ${who} erscheint in den offenen Daten.`)).toBeVisible();

  // The whole region over HTTP: every URL answers 200, every object is valid OParl 1.1,
  // exactly one e-mail address is published, internal meetings stay out.
  const { objects, failed, text } = await walkRegion(anonymous, "kreis-mettmann");
  expect(failed).toEqual([]);
  expect(objects.flatMap((o) => validateOParl(o))).toEqual([]);
  expect(new Set(text.match(/"email":\["[^"]+@kreis-mettmann\.example"\]/g)).size).toBe(1); // (list and object: the same one)
  expect(text).not.toContain("4. Sitzung des Lenkungskreises"); // the demo's internal meeting

  // The report to the demo's past Bildungskonferenz: a Paper whose PDF anyone can fetch, linked from the event page.
  const report = objects.find((o) => o.paperType === "Bericht an die Bildungskonferenz") as
    { name: string; mainFile: { accessUrl: string } } | undefined;
  expect(report?.name).toBe(`Bericht an die Bildungskonferenz „Bildungskonferenz ${dateFromNow(-120).slice(0, 4)}“`);
  const reportPdf = await anonymous.get(path(report!.mainFile.accessUrl));
  expect(reportPdf.status()).toBe(200);
  expect(reportPdf.headers()["content-type"]).toBe("application/pdf");
  expect((await reportPdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const eventPage = path(report!.mainFile.accessUrl).replace(/\/bericht\.pdf$/, "");
  await page.goto(eventPage);
  await expect(page.getByRole("link", { name: "Bericht an die Bildungskonferenz (PDF)" })).toHaveAttribute(
    "href",
    path(report!.mainFile.accessUrl),
  );
  await expectNoAxeViolations(page);

  // taken back: the download is gone, the File a tombstone
  await page.goto(`/kreis-mettmann/intern/sitzungen/${meetingId}`);
  await page.getByRole("button", { name: "„Bericht KAoA 2026“ nicht mehr veröffentlichen" }).click();
  await expect(page.getByText("„Bericht KAoA 2026“ ist nicht mehr veröffentlicht.")).toBeVisible();
  expect((await anonymous.get(path(file!.accessUrl))).status()).toBe(404);
  const files = (await (await anonymous.get("/api/oparl/v1/body/kreis-mettmann/file")).json()) as {
    data: { id: string; deleted?: boolean }[];
  };
  expect(files.data.find((f) => f.id === file!.id)).toMatchObject({ deleted: true });
  expect(JSON.stringify(files)).not.toContain("Bericht KAoA");
  expect((await anonymous.get(path(file!.id))).status()).toBe(200);
  await anonymous.dispose();
});
