import "server-only";
import { oneByOne, withRegion } from "@/lib/db/client.ts";
import { NotFoundError } from "@/lib/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { loadChain, type ChainAssignment, type ChainDecision, type ChainOffer } from "./get-chain.ts";
import { canSeeLoop } from "./recommendations.ts";
import { berlinToday, type Light } from "./traffic-light.ts";

export interface ReportRecommendation {
  id: string; title: string; status: string; createdAt: Date; forum: string;
  hearings: { number: string; meeting: { id: string; title: string; startsAt: Date } }[];
  decisions: ChainDecision[];
}
export interface ReportField {
  id: string; slug: string; name: string; goals: string;
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
  const now = new Date();
  const today = berlinToday(now);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const [region, lastEvent, lastMeeting, fields] = await oneByOne(
      () => tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true } }),
      () => tx.event.findFirst({ where: { regionId, kind: "CONFERENCE", deletedAt: null, startsAt: { lt: now } }, orderBy: { startsAt: "desc" } }),
      () => tx.meeting.findFirst({ where: { regionId, deletedAt: null, status: { not: "CANCELLED" }, startsAt: { lt: now }, body: { kind: "CONFERENCE" } }, orderBy: { startsAt: "desc" } }),
      () => tx.fieldOfAction.findMany({ where: { regionId }, orderBy: { position: "asc" } })
    );
    const candidates = [lastEvent, lastMeeting].filter((c) => c !== null).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
    const since = candidates[0] ? { date: candidates[0].startsAt, title: candidates[0].title } : null;
    // The day of the last conference counts: its own recommendations are recorded that day or later.
    const sinceDay = since ? new Date(Date.UTC(since.date.getUTCFullYear(), since.date.getUTCMonth(), since.date.getUTCDate())) : null;

    const recommendations = await tx.recommendation.findMany({
      where: { regionId, ...(sinceDay ? { OR: [{ createdAt: { gte: sinceDay } }, { decisions: { some: { decidedOn: { gte: sinceDay } } } }, { status: { not: "DECIDED" } }] } : {}) },
      orderBy: { createdAt: "asc" },
      select: { id: true, fieldOfActionId: true },
    });
    const otherDecisions = await tx.decision.findMany({
      where: { regionId, recommendationId: null, fieldOfActionId: { not: null }, body: { kind: "STEERING" }, ...(sinceDay ? { decidedOn: { gte: sinceDay } } : {}) },
      orderBy: [{ decidedOn: "asc" }, { number: "asc" }],
      select: { id: true, fieldOfActionId: true },
    });

    const report: ReportField[] = [];
    for (const field of fields) {
      const recs: ReportRecommendation[] = [];
      for (const r of recommendations.filter((x) => x.fieldOfActionId === field.id)) {
        const chain = await loadChain(tx, regionId, { kind: "recommendation", id: r.id }, today);
        const rec = chain.recommendation!;
        recs.push({ id: rec.id, title: rec.title, status: rec.status, createdAt: rec.createdAt, forum: rec.forum, hearings: chain.hearings.filter((h) => !h.deleted), decisions: chain.decisions });
      }
      const decisions: ChainDecision[] = [];
      for (const d of otherDecisions.filter((x) => x.fieldOfActionId === field.id)) {
        decisions.push(...(await loadChain(tx, regionId, { kind: "decision", id: d.id }, today)).decisions);
      }
      report.push({ id: field.id, slug: field.slug, name: field.name, goals: field.goals, recommendations: recs, decisions });
    }

    const allDecisions = report.flatMap((f) => [...f.recommendations.flatMap((r) => r.decisions), ...f.decisions]);
    const allAssignments: ChainAssignment[] = allDecisions.flatMap((d) => d.assignments);
    const offers = new Map<string, ChainOffer>();
    for (const d of allDecisions) for (const o of [...d.offers, ...d.assignments.flatMap((a) => a.offers)]) offers.set(o.id, o);
    const count = (light: Light) => allAssignments.filter((a) => a.light === light).length;
    return {
      regionName: region.name, since, createdAt: now, fields: report,
      totals: { done: count("done"), "on-track": count("on-track"), overdue: count("overdue"), cancelled: count("cancelled"), recommendations: recommendations.length, decisions: allDecisions.length, offers: offers.size },
    };
  });
}
