import "@/lib/core/server-only.ts";
import PDFDocument from "pdfkit";
import { berlinDateTime as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { getMeeting } from "./get-meeting.ts";
import { AGENDA_KIND_LABEL, MINUTES_STATUS_LABEL } from "./labels.ts";
import { getMinutes } from "./minutes.ts";
import { attendanceLine, decisionHeading } from "./minutes-format.ts";

function render(build: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      info: { Title: title, Creator: "Bildungsnetz NRW" },
      lang: "de-DE",
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    build(doc);
    doc.end();
  });
}

function header(
  doc: PDFKit.PDFDocument,
  kind: string,
  meeting: { title: string; startsAt: Date; location: string; onlineUrl: string; body: { name: string } },
) {
  doc.font("Helvetica").fontSize(10).fillColor("#4b5560").text(`${kind} · ${meeting.body.name}`);
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(18).fillColor("#06352a").text(meeting.title);
  doc
    .moveDown(0.5)
    .font("Helvetica")
    .fontSize(11)
    .fillColor("#1a1f24")
    .text(`Wann: ${dateFormat.format(meeting.startsAt)} Uhr`);
  const where = [meeting.location, meeting.onlineUrl].filter(Boolean).join(" · ");
  if (where) doc.text(`Wo: ${where}`);
  doc.moveDown();
}

/** The invitation with the agenda, as PDF (for post, print or the files). */
export async function invitationPdf(actor: Actor, meetingId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { meeting, agenda } = await getMeeting(actor, meetingId);
  const pdf = await render((doc) => {
    header(doc, "Einladung", meeting);
    doc.font("Helvetica-Bold").fontSize(13).text("Tagesordnung");
    doc.moveDown(0.4);
    for (const item of agenda) {
      doc.font("Helvetica-Bold").fontSize(11).text(`${item.number}: ${item.title}`);
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor("#4b5560")
        .text(`${AGENDA_KIND_LABEL[item.kind]}${item.isPublic ? "" : ", nicht öffentlich"}`)
        .fillColor("#1a1f24");
      if (item.description) doc.fontSize(10).text(item.description);
      doc.moveDown(0.5);
    }
  }, `Einladung: ${meeting.title}`);
  return { fileName: `einladung-${meeting.startsAt.toISOString().slice(0, 10)}.pdf`, pdf };
}

/**
 * The minutes as PDF: status, Beschlussfähigkeit, the named attendance list, and per TOP the
 * text (Markdown shown as plain text) and the decisions with their counts. Review comments are
 * not part of the minutes.
 */
export async function minutesPdf(actor: Actor, meetingId: string): Promise<{ fileName: string; pdf: Buffer } | null> {
  const { meeting, minutes, agenda, attendance, decisions } = await getMinutes(actor, meetingId);
  if (!minutes) return null;
  const status = `${MINUTES_STATUS_LABEL[minutes.status]}${minutes.status === "APPROVED" ? ` (${minutes.approvedBy})` : ""}`;
  const pdf = await render((doc) => {
    header(doc, `Protokoll – ${status}`, meeting);
    if (minutes.quorumNote) doc.font("Helvetica-Bold").fontSize(11).text(minutes.quorumNote).moveDown(0.5);
    if (attendance.length > 0) {
      doc.font("Helvetica-Bold").fontSize(12).text("Anwesenheit").moveDown(0.2);
      doc.font("Helvetica").fontSize(10);
      for (const member of attendance) doc.text(attendanceLine(member));
      doc.moveDown();
    }
    if (minutes.preamble) doc.font("Helvetica").fontSize(11).text(minutes.preamble).moveDown();
    for (const item of agenda) {
      doc
        .font("Helvetica-Bold")
        .fontSize(12)
        .text(`${item.number}: ${item.title}${item.isPublic ? "" : " (nicht öffentlich)"}`);
      doc
        .font("Helvetica")
        .fontSize(11)
        .text(item.text || "–")
        .moveDown(0.3);
      for (const decision of item.decisions)
        doc.font("Helvetica-Bold").fontSize(10).text(decisionHeading(decision)).font("Helvetica").text(decision.text);
      doc.moveDown(0.6);
    }
    if (decisions.length > 0) doc.font("Helvetica-Bold").fontSize(12).text("Weitere Beschlüsse der Sitzung");
    for (const decision of decisions)
      doc.font("Helvetica-Bold").fontSize(10).text(decisionHeading(decision)).font("Helvetica").text(decision.text);
  }, `Protokoll: ${meeting.title}`);
  return { fileName: `protokoll-${meeting.startsAt.toISOString().slice(0, 10)}.pdf`, pdf };
}
