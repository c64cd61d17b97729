import "@/lib/core/server-only.ts";
import PDFDocument from "pdfkit";
import { OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import { OFFER_KIND_LABEL } from "@/lib/offers/labels.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { buildConferenceReport, type ConferenceReport } from "./conference-report.ts";
import { countOf } from "./labels.ts";
import { LIGHT_LABEL } from "./traffic-light.ts";

const LIGHT_COLOUR = { done: "#1f6f43", "on-track": "#8a5a00", overdue: "#a4161a", cancelled: "#4b5560" } as const;

/** The report as a tagged PDF (headings, paragraphs and lists carry their structure, language de-DE). */
export async function conferenceReportPdf(actor: Actor): Promise<{ fileName: string; pdf: Buffer }> {
  const report = await buildConferenceReport(actor);
  return {
    fileName: `bericht-bildungskonferenz-${report.createdAt.toISOString().slice(0, 10)}.pdf`,
    pdf: await renderConferenceReport(report),
  };
}

export function renderConferenceReport(report: ConferenceReport, to?: { title: string; date: Date }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const title = `Bericht an die Bildungskonferenz – ${report.regionName}`;
    const doc = new PDFDocument({
      size: "A4",
      margin: 56,
      tagged: true,
      lang: "de-DE",
      displayTitle: true,
      info: { Title: title, Creator: "Bildungsnetz NRW" },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    const root = doc.struct("Document");
    doc.addStructure(root);
    const block = (tag: "H1" | "H2" | "H3" | "P", draw: () => void) => root.add(doc.struct(tag, {}, [draw]));

    block("H1", () => doc.font("Helvetica-Bold").fontSize(18).fillColor("#06352a").text(title));
    block("P", () =>
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor("#1a1f24")
        .text(
          [
            to && `Für „${to.title}“ am ${berlinDate.format(to.date)} (öffentliche Fassung: nur Öffentliches)`,
            report.since
              ? `Seit der letzten Bildungskonferenz „${report.since.title}“ am ${berlinDate.format(report.since.date)}`
              : "Seit Beginn der Aufzeichnung",
            `Stand ${berlinDate.format(report.createdAt)}`,
          ]
            .filter(Boolean)
            .join(" · "),
        )
        .moveDown(0.5),
    );
    block("P", () =>
      doc
        .text(
          `${countOf(report.totals.recommendations, "Empfehlung", "Empfehlungen")}, ${countOf(report.totals.decisions, "Beschluss", "Beschlüsse")}, Aufträge: ${report.totals.done} erledigt, ${report.totals["on-track"]} im Plan, ${report.totals.overdue} überfällig; ${countOf(report.totals.offers, "Projekt oder Angebot", "Projekte und Angebote")}.`,
        )
        .moveDown(),
    );

    for (const field of report.fields) {
      block("H2", () => doc.font("Helvetica-Bold").fontSize(14).fillColor("#06352a").text(field.name).moveDown(0.2));
      if (field.recommendations.length === 0 && field.decisions.length === 0) {
        block("P", () =>
          doc
            .font("Helvetica")
            .fontSize(10)
            .fillColor("#4b5560")
            .text("Keine Empfehlungen oder Beschlüsse in diesem Zeitraum.")
            .moveDown(0.6),
        );
        continue;
      }
      const decisionsOf = (decisions: ConferenceReport["fields"][number]["decisions"]) => {
        if (decisions.length === 0)
          block("P", () => doc.font("Helvetica").fontSize(10).fillColor("#1a1f24").text("Noch nicht entschieden."));
        for (const d of decisions) {
          block("P", () =>
            doc
              .font("Helvetica-Bold")
              .fontSize(10)
              .fillColor("#1a1f24")
              .text(
                `Beschluss ${d.number} (${berlinDate.format(d.decidedOn)}): ${OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]}`,
              )
              .font("Helvetica")
              .text(d.text + (d.reason ? `\nBegründung: ${d.reason}` : "")),
          );
          for (const a of d.assignments) {
            block("P", () => {
              doc
                .font("Helvetica-Bold")
                .fontSize(10)
                .fillColor(LIGHT_COLOUR[a.light])
                .text(`[${LIGHT_LABEL[a.light]}] `, { continued: true, indent: 12 })
                .font("Helvetica")
                .fillColor("#1a1f24")
                .text(`Auftrag: ${a.title}${a.dueOn ? `, Frist ${berlinDate.format(a.dueOn)}` : ""}`);
              for (const o of a.offers)
                doc.text(`${OFFER_KIND_LABEL[o.kind as keyof typeof OFFER_KIND_LABEL]}: ${o.title}`, { indent: 24 });
            });
          }
          for (const o of d.offers)
            block("P", () =>
              doc.text(`${OFFER_KIND_LABEL[o.kind as keyof typeof OFFER_KIND_LABEL]}: ${o.title}`, { indent: 12 }),
            );
          doc.moveDown(0.3);
        }
      };
      for (const r of field.recommendations) {
        block("H3", () => doc.font("Helvetica-Bold").fontSize(11).fillColor("#06352a").text(`Empfehlung: ${r.title}`));
        block("P", () =>
          doc
            .font("Helvetica")
            .fontSize(9)
            .fillColor("#4b5560")
            .text(
              [
                `eingebracht am ${berlinDate.format(r.createdAt)}`,
                r.forum && `Forum: ${r.forum}`,
                ...r.hearings.map((h) => `${h.meeting.title}, ${h.number}`),
              ]
                .filter(Boolean)
                .join(" · "),
            ),
        );
        decisionsOf(r.decisions);
      }
      if (field.decisions.length > 0) {
        block("H3", () =>
          doc.font("Helvetica-Bold").fontSize(11).fillColor("#06352a").text("Weitere Beschlüsse des Lenkungskreises"),
        );
        decisionsOf(field.decisions);
      }
      doc.moveDown(0.6);
    }
    root.end();
    doc.end();
  });
}
