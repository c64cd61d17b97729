import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import type { Block, Letterhead } from "@/lib/core/pdf/model.ts";
import { renderDocument } from "@/lib/core/pdf/render.ts";
import { OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { OFFER_KIND_LABEL } from "@/lib/offers/labels.ts";
import { loadLetterhead } from "@/lib/regions/get-letterhead.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { buildConferenceReport, type ConferenceReport } from "./conference-report.ts";
import { countOf } from "./labels.ts";
import { LIGHT_LABEL } from "./traffic-light.ts";

/** The report as a tagged PDF of the document pipeline. */
export async function conferenceReportPdf(actor: Actor): Promise<{ fileName: string; pdf: Buffer }> {
  const report = await buildConferenceReport(actor);
  const letterhead = await withRegion(actor.regionId, (tx) => loadLetterhead(tx, actor.regionId, "Bildungsbüro"));
  return {
    fileName: `bericht-bildungskonferenz-${report.createdAt.toISOString().slice(0, 10)}.pdf`,
    pdf: await renderConferenceReport(report, letterhead),
  };
}

type Decisions = ConferenceReport["fields"][number]["decisions"];
const offerLine = (o: { kind: string; title: string }) => ({
  kind: "paragraph" as const,
  runs: [{ text: `${OFFER_KIND_LABEL[o.kind as keyof typeof OFFER_KIND_LABEL]}: ${o.title}` }],
});

function decisionBlocks(decisions: Decisions): Block[] {
  if (decisions.length === 0) return [{ kind: "paragraph", runs: [{ text: "Noch nicht entschieden." }] }];
  return decisions.flatMap((d): Block[] => [
    {
      kind: "paragraph",
      runs: [
        {
          text: `Beschluss ${d.number} (${berlinDate.format(d.decidedOn)}): ${OUTCOME_LABEL[d.outcome as keyof typeof OUTCOME_LABEL]}`,
          bold: true,
        },
      ],
    },
    { kind: "markdown", text: d.text, headingLevel: 4 },
    ...(d.reason ? [{ kind: "paragraph" as const, runs: [{ text: `Begründung: ${d.reason}` }] }] : []),
    ...(d.assignments.length + d.offers.length > 0
      ? [
          {
            kind: "list" as const,
            items: [
              ...d.assignments.map((a): Block[] => [
                {
                  kind: "paragraph",
                  runs: [
                    { text: `[${LIGHT_LABEL[a.light]}] `, bold: true },
                    { text: `Auftrag: ${a.title}${a.dueOn ? `, Frist ${berlinDate.format(a.dueOn)}` : ""}` },
                  ],
                },
                ...(a.offers.length > 0 ? [{ kind: "list" as const, items: a.offers.map((o) => [offerLine(o)]) }] : []),
              ]),
              ...d.offers.map((o) => [offerLine(o)]),
            ],
          },
        ]
      : []),
  ]);
}

export function renderConferenceReport(
  report: ConferenceReport,
  letterhead: Letterhead,
  to?: { title: string; date: Date },
): Promise<Buffer> {
  const blocks: Block[] = [
    {
      kind: "paragraph",
      runs: [
        {
          text: `${countOf(report.totals.recommendations, "Empfehlung", "Empfehlungen")}, ${countOf(report.totals.decisions, "Beschluss", "Beschlüsse")}, Aufträge: ${report.totals.done} erledigt, ${report.totals["on-track"]} im Plan, ${report.totals.overdue} überfällig; ${countOf(report.totals.offers, "Projekt oder Angebot", "Projekte und Angebote")}.`,
        },
      ],
    },
  ];
  for (const field of report.fields) {
    blocks.push({ kind: "heading", level: 2, text: field.name });
    if (field.recommendations.length === 0 && field.decisions.length === 0) {
      blocks.push({
        kind: "paragraph",
        muted: true,
        runs: [{ text: "Keine Empfehlungen oder Beschlüsse in diesem Zeitraum." }],
      });
      continue;
    }
    for (const r of field.recommendations) {
      blocks.push(
        { kind: "heading", level: 3, text: `Empfehlung: ${r.title}` },
        {
          kind: "paragraph",
          muted: true,
          small: true,
          runs: [
            {
              text: [
                `eingebracht am ${berlinDate.format(r.createdAt)}`,
                r.forum && `Forum: ${r.forum}`,
                ...r.hearings.map((h) => `${h.meeting.title}, ${h.number}`),
              ]
                .filter(Boolean)
                .join(" · "),
            },
          ],
        },
        ...decisionBlocks(r.decisions),
      );
    }
    if (field.decisions.length > 0)
      blocks.push(
        { kind: "heading", level: 3, text: "Weitere Beschlüsse des Lenkungskreises" },
        ...decisionBlocks(field.decisions),
      );
  }
  return renderDocument({
    title: `Bericht an die Bildungskonferenz – ${report.regionName}`,
    kind: to ? "Bericht an die Bildungskonferenz · öffentliche Fassung" : "Bericht an die Bildungskonferenz",
    meta: [
      ...(to ? [`Für „${to.title}“ am ${berlinDate.format(to.date)} (öffentliche Fassung: nur Öffentliches)`] : []),
      report.since
        ? `Seit der letzten Bildungskonferenz „${report.since.title}“ am ${berlinDate.format(report.since.date)}`
        : "Seit Beginn der Aufzeichnung",
      `Stand ${berlinDate.format(report.createdAt)}`,
    ],
    date: report.createdAt,
    letterhead,
    blocks,
  }).then((r) => r.pdf);
}
