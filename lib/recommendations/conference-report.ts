import "@/lib/core/server-only.ts";
import { oneByOne, type Tx, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { loadChain, type ChainAssignment, type ChainDecision, type ChainOffer } from "./get-chain.ts";
import { canSeeLoop } from "./recommendations.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import type { Light } from "./traffic-light.ts";

export interface ReportRecommendation {
  id: string;
  title: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  forum: string;
  hearings: { number: string; meeting: { id: string; title: string; startsAt: Date } }[];
  decisions: ChainDecision[];
}
export interface ReportField {
  id: string;
  slug: string;
  name: string;
  goals: string;
  recommendations: ReportRecommendation[];
  /** Decisions of the Lenkungskreis in this field that did not come from a recommendation. */
  decisions: ChainDecision[];
}
export interface ConferenceReport {
  regionName: string;
  /** The last Bildungskonferenz before today (event or meeting), or null: everything so far. */
  since: { date: Date; title: string } | null;
  createdAt: Date;
  fields: ReportField[];
  totals: Record<Light, number> & { recommendations: number; decisions: number; offers: number };
}

/**
 * "Bericht an die Bildungskonferenz": since the last conference, per Handlungsfeld, the
 * recommendations, what the Lenkungskreis decided, the assignments with their traffic light
 * and the projects and offers that followed.
 */
export async function buildConferenceReport(actor: Actor): Promise<ConferenceReport> {
  if (!canSeeLoop(actor)) throw new NotFoundError();
  return withRegion(actor.regionId, (tx) =>
    assembleReport(tx, actor.regionId, { until: new Date(), publicOnly: false }),
  );
}

/** The conferences a report is given to: Bildungskonferenz events and meetings of the conference body. */
async function lastConferenceBefore(tx: Tx, regionId: string, until: Date, publicOnly: boolean) {
  const visible = publicOnly ? { isPublic: true } : {};
  const [lastEvent, lastMeeting] = await oneByOne(
    () =>
      tx.event.findFirst({
        where: { regionId, kind: "CONFERENCE", deletedAt: null, startsAt: { lt: until }, ...visible },
        orderBy: { startsAt: "desc" },
      }),
    () =>
      tx.meeting.findFirst({
        where: {
          regionId,
          deletedAt: null,
          status: { not: "CANCELLED" },
          startsAt: { lt: until },
          body: { kind: "CONFERENCE" },
          ...visible,
        },
        orderBy: { startsAt: "desc" },
      }),
  );
  const candidates = [lastEvent, lastMeeting]
    .filter((c) => c !== null)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return candidates[0] ? { date: candidates[0].startsAt, title: candidates[0].title } : null;
}

/**
 * The report for the period up to `until` (now, or the conference it is given to), since the
 * conference before. `publicOnly`: only public recommendations, decisions, consultations and
 * published offers (the public report of a past conference, also in the open data).
 */
export async function assembleReport(
  tx: Tx,
  regionId: string,
  { until, publicOnly }: { until: Date; publicOnly: boolean },
): Promise<ConferenceReport> {
  const now = new Date();
  const today = berlinToday(now);
  const [region, since, fields] = await oneByOne(
    () => tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true } }),
    () => lastConferenceBefore(tx, regionId, until, publicOnly),
    () => tx.fieldOfAction.findMany({ where: { regionId }, orderBy: { position: "asc" } }),
  );
  // The day of the last conference counts: its own recommendations are recorded that day or later.
  const sinceDay = since
    ? new Date(Date.UTC(since.date.getUTCFullYear(), since.date.getUTCMonth(), since.date.getUTCDate()))
    : null;
  const visible = publicOnly ? { isPublic: true } : {};

  const recommendations = await tx.recommendation.findMany({
    where: {
      regionId,
      ...visible,
      createdAt: { lt: until },
      ...(sinceDay
        ? {
            OR: [
              { createdAt: { gte: sinceDay } },
              { decisions: { some: { decidedOn: { gte: sinceDay } } } },
              { status: { not: "DECIDED" } },
            ],
          }
        : {}),
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, fieldOfActionId: true, updatedAt: true },
  });
  const otherDecisions = await tx.decision.findMany({
    where: {
      regionId,
      ...visible,
      recommendationId: null,
      fieldOfActionId: { not: null },
      body: { kind: "STEERING" },
      decidedOn: { ...(publicOnly ? { lt: until } : {}), ...(sinceDay ? { gte: sinceDay } : {}) },
    },
    orderBy: [{ decidedOn: "asc" }, { number: "asc" }],
    select: { id: true, fieldOfActionId: true },
  });
  // What a public report may show of a decision: public ones, with published offers only.
  const shown = (decisions: ChainDecision[]) =>
    (publicOnly ? decisions.filter((d) => d.isPublic && d.decidedOn < until) : decisions).map((d) =>
      publicOnly
        ? {
            ...d,
            offers: d.offers.filter((o) => o.status === "PUBLISHED"),
            assignments: d.assignments.map((a) => ({ ...a, offers: a.offers.filter((o) => o.status === "PUBLISHED") })),
          }
        : d,
    );

  const report: ReportField[] = [];
  for (const field of fields) {
    const recs: ReportRecommendation[] = [];
    for (const r of recommendations.filter((x) => x.fieldOfActionId === field.id)) {
      const chain = await loadChain(tx, regionId, { kind: "recommendation", id: r.id }, today);
      const rec = chain.recommendation!;
      recs.push({
        id: rec.id,
        title: rec.title,
        status: rec.status,
        createdAt: rec.createdAt,
        updatedAt: r.updatedAt,
        forum: rec.forum,
        hearings: chain.hearings.filter((h) => !h.deleted && (!publicOnly || h.isPublic)),
        decisions: shown(chain.decisions),
      });
    }
    const decisions: ChainDecision[] = [];
    for (const d of otherDecisions.filter((x) => x.fieldOfActionId === field.id)) {
      decisions.push(...shown((await loadChain(tx, regionId, { kind: "decision", id: d.id }, today)).decisions));
    }
    report.push({
      id: field.id,
      slug: field.slug,
      name: field.name,
      goals: field.goals,
      recommendations: recs,
      decisions,
    });
  }

  const allDecisions = report.flatMap((f) => [...f.recommendations.flatMap((r) => r.decisions), ...f.decisions]);
  const allAssignments: ChainAssignment[] = allDecisions.flatMap((d) => d.assignments);
  const offers = new Map<string, ChainOffer>();
  for (const d of allDecisions)
    for (const o of [...d.offers, ...d.assignments.flatMap((a) => a.offers)]) offers.set(o.id, o);
  const count = (light: Light) => allAssignments.filter((a) => a.light === light).length;
  return {
    regionName: region.name,
    since,
    createdAt: now,
    fields: report,
    totals: {
      done: count("done"),
      "on-track": count("on-track"),
      overdue: count("overdue"),
      cancelled: count("cancelled"),
      recommendations: recommendations.length,
      decisions: allDecisions.length,
      offers: offers.size,
    },
  };
}
