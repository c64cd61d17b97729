import "@/lib/core/server-only.ts";
import PDFDocument from "pdfkit";
import { stringify } from "csv-stringify/sync";
import { berlinDate, berlinDateTimeShort } from "@/lib/core/format/berlin-dates.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { EVENT_KIND_LABEL, REGISTRATION_STATUS_LABEL } from "./labels.ts";
import { getEventAdmin } from "./manage-events.ts";

const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "veranstaltung";

/**
 * Everyone registered, in order of arrival, for German spreadsheet programs (semicolons,
 * UTF-8 with BOM); cells that would run as formulas are prefixed with '.
 */
export async function participantsCsv(actor: Actor, eventId: string) {
  const { event } = await getEventAdmin(actor, eventId);
  const rows = event.registrations.map((r) =>
    [
      String(r.sequence),
      r.name,
      r.institution,
      r.email,
      r.forum?.title ?? "",
      REGISTRATION_STATUS_LABEL[r.status],
      berlinDateTimeShort.format(r.createdAt),
    ].map(safe),
  );
  const csv = stringify([["Nr.", "Name", "Einrichtung", "E-Mail", "Forum", "Status", "Angemeldet am"], ...rows], {
    delimiter: ";",
    bom: true,
    record_delimiter: "windows",
  });
  return { fileName: `teilnehmende-${slugOf(event.title)}.csv`, csv };
}

/**
 * Name badges (8 per A4 page, to cut) and an attendance list to sign, for everyone confirmed.
 */
export async function badgesPdf(actor: Actor, eventId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { event, region } = await getEventAdmin(actor, eventId);
  const people = event.registrations.filter((r) => r.status === "CONFIRMED");
  const title = `Namensschilder und Teilnahmeliste: ${event.title}`;
  const pdf = await new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 0,
      autoFirstPage: false,
      info: { Title: title, Creator: "Bildungsnetz NRW" },
      lang: "de-DE",
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    // Badges: 2 × 4 per page, 90 × 55 mm cards with cutting lines.
    const mm = 72 / 25.4;
    const [w, h, left, top] = [90 * mm, 55 * mm, 15 * mm, 20 * mm];
    people.forEach((person, index) => {
      if (index % 8 === 0) doc.addPage();
      const x = left + (index % 2) * w;
      const y = top + Math.floor((index % 8) / 2) * h;
      doc.lineWidth(0.5).strokeColor("#9aa5ad").dash(3, { space: 3 }).rect(x, y, w, h).stroke().undash();
      doc
        .font("Helvetica")
        .fontSize(8)
        .fillColor("#4b5560")
        .text(`${EVENT_KIND_LABEL[event.kind]} · ${region.name}`, x + 12, y + 10, {
          width: w - 24,
          lineBreak: false,
          ellipsis: true,
        });
      doc
        .font("Helvetica-Bold")
        .fontSize(18)
        .fillColor("#06352a")
        .text(person.name, x + 12, y + 40, { width: w - 24, height: 48, ellipsis: true });
      doc
        .font("Helvetica")
        .fontSize(11)
        .fillColor("#1a1f24")
        .text(person.institution || " ", x + 12, y + 92, { width: w - 24, height: 16, ellipsis: true });
      if (person.forum)
        doc
          .fontSize(9)
          .fillColor("#4b5560")
          .text(`Forum: ${person.forum.title}`, x + 12, y + 122, { width: w - 24, height: 14, ellipsis: true });
    });

    // Attendance list.
    doc.addPage({ margin: 56 });
    doc.font("Helvetica").fontSize(10).fillColor("#4b5560").text(`${EVENT_KIND_LABEL[event.kind]} · ${region.name}`);
    doc.font("Helvetica-Bold").fontSize(16).fillColor("#06352a").text(`Teilnahmeliste: ${event.title}`);
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#1a1f24")
      .text(`${berlinDate.format(event.startsAt)}, ${event.location} · ${people.length} bestätigte Anmeldungen`)
      .moveDown();
    const columns = [
      { label: "Nr.", width: 30 },
      { label: "Name", width: 150 },
      { label: "Einrichtung", width: 140 },
      { label: "Forum", width: 90 },
      { label: "Unterschrift", width: 73 },
    ];
    const row = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - 80) doc.addPage({ margin: 56 });
      const y = doc.y;
      let x = 56;
      doc
        .font(bold ? "Helvetica-Bold" : "Helvetica")
        .fontSize(9)
        .fillColor("#1a1f24");
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, y + 5, { width: columns[i]!.width - 4, height: 12, ellipsis: true, lineBreak: false });
        x += columns[i]!.width;
      });
      doc
        .lineWidth(0.5)
        .strokeColor("#9aa5ad")
        .moveTo(56, y + 22)
        .lineTo(56 + 483, y + 22)
        .stroke();
      doc.x = 56;
      doc.y = y + 24;
    };
    row(
      columns.map((c) => c.label),
      true,
    );
    people.forEach((p, i) => row([String(i + 1), p.name, p.institution, p.forum?.title ?? "", ""], false));
    doc.end();
  });
  return { fileName: `namensschilder-${slugOf(event.title)}.pdf`, pdf };
}
