import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { assembleReport, type ConferenceReport } from "./conference-report.ts";
import { renderConferenceReport } from "./conference-report-pdf.ts";
import { loadLetterhead } from "@/lib/regions/get-letterhead.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/**
 * The public "Bericht an die Bildungskonferenz" of a Bildungskonferenz that has begun (a
 * public event of kind CONFERENCE): what happened since the conference before, up to this
 * one, with public recommendations, decisions and published offers only. Generated on
 * request, so assignments show their current traffic light ("Stand").
 */
export interface PublicReport {
  event: { id: string; title: string; startsAt: Date; createdAt: Date; updatedAt: Date };
  report: ConferenceReport;
  /** The last change of anything in it (OParl "modified"). */
  modified: Date;
}

export async function listPublicReports(tx: Tx, regionId: string, eventId?: string): Promise<PublicReport[]> {
  if (eventId !== undefined && !isUuid(eventId)) return [];
  const events = await tx.event.findMany({
    where: {
      regionId,
      kind: "CONFERENCE",
      isPublic: true,
      deletedAt: null,
      startsAt: { lte: new Date() },
      ...(eventId ? { id: eventId } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true, createdAt: true, updatedAt: true },
  });
  const reports: PublicReport[] = [];
  for (const event of events) {
    const report = await assembleReport(tx, regionId, { until: event.startsAt, publicOnly: true });
    const times = [
      event.updatedAt,
      ...report.fields.flatMap((f) => [
        ...f.recommendations.map((r) => r.updatedAt),
        ...[...f.recommendations.flatMap((r) => r.decisions), ...f.decisions].flatMap((d) => [
          d.updatedAt,
          ...d.assignments.map((a) => a.updatedAt),
        ]),
      ]),
    ];
    reports.push({ event, report, modified: new Date(Math.max(...times.map((t) => t.getTime()))) });
  }
  return reports;
}

export async function publicReportPdf(
  regionId: string,
  eventId: string,
): Promise<{ fileName: string; pdf: Buffer } | null> {
  const { found, letterhead } = await withRegion(regionId, async (tx) => ({
    found: (await listPublicReports(tx, regionId, eventId))[0],
    letterhead: await loadLetterhead(tx, regionId, "Bildungsbüro"),
  }));
  if (!found) return null;
  return {
    fileName: `bericht-bildungskonferenz-${found.event.startsAt.toISOString().slice(0, 10)}.pdf`,
    pdf: await renderConferenceReport(found.report, letterhead, {
      title: found.event.title,
      date: found.event.startsAt,
    }),
  };
}
