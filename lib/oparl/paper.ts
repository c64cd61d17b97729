// OParl Paper: public recommendations (Recommendation), decisions (Decision) and reports to begun conferences (Event).
import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";
import { ASSIGNMENT_STATUS_LABEL, OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/recommendations/labels.ts";
import { listPublicReports, type PublicReport } from "@/lib/recommendations/public-report.ts";
import { assignmentLight, LIGHT_LABEL } from "@/lib/recommendations/traffic-light.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { decisionConsultation, recommendationConsultations } from "./consultation.ts";
import { reportFile } from "./file.ts";
import { LIST_ORDER, listWhere, pageInMemory, type ListQuery } from "./list-query.ts";
import {
  bodyUrl,
  compact,
  day,
  EXT,
  fieldExtension,
  isLive,
  objectUrl,
  times,
  tombstone,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";
import { recommendationInclude, type RecommendationRow } from "./recommendation-include.ts";

/** What a decision needs to know of a decision it amends or that amends it: is that one public? */
function relatedDecisionSelect() {
  return {
    id: true,
    isPublic: true,
    meeting: { select: { isPublic: true, deletedAt: true } },
    agendaItem: { select: { isPublic: true, deletedAt: true } },
  } as const;
}
type RelatedDecision = {
  id: string;
  isPublic: boolean;
  meeting: { isPublic: boolean; deletedAt: Date | null } | null;
  agendaItem: { isPublic: boolean; deletedAt: Date | null } | null;
};

const ADOPTED = new Set(["ADOPTED", "ADOPTED_AMENDED"]);

const decisionInclude = {
  meeting: { select: { isPublic: true, deletedAt: true } },
  agendaItem: { select: { id: true, isPublic: true, deletedAt: true, recommendationId: true } },
  recommendation: { select: { id: true, isPublic: true } },
  fieldOfAction: { select: { name: true, slug: true } },
  assignments: { orderBy: [{ createdAt: "asc" as const }], select: { title: true, status: true, dueOn: true } },
  amends: { select: relatedDecisionSelect() },
  amendedBy: {
    orderBy: [{ decidedOn: "asc" as const }, { number: "asc" as const }],
    select: { ...relatedDecisionSelect(), amendmentKind: true, outcome: true },
  },
} satisfies Prisma.DecisionInclude;
type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof decisionInclude }>;

function decisionIsPublic(d: RelatedDecision): boolean {
  return d.isPublic && (!d.meeting || isLive(d.meeting)) && (!d.agendaItem || isLive(d.agendaItem));
}

/**
 * Änderungs- und Aufhebungsbeschlüsse in both directions, as far as the other decision is public:
 * `keyword`, `relatedPaper` and the extension fields amends / amendedBy / status ("aufgehoben").
 */
function amendmentFields(c: BodyContext, d: DecisionRow) {
  const amends = d.amends && decisionIsPublic(d.amends) ? d.amends : null;
  const amendedBy = d.amendedBy.filter(decisionIsPublic);
  const lifted = d.amendedBy.some((a) => a.amendmentKind === "REVOKES" && ADOPTED.has(a.outcome));
  const keyword = [
    ...(d.amendmentKind === "AMENDS" ? ["Änderungsbeschluss"] : []),
    ...(d.amendmentKind === "REVOKES" ? ["Aufhebungsbeschluss"] : []),
    ...(lifted ? ["aufgehoben"] : []),
  ];
  return {
    keyword: keyword.length ? keyword : undefined,
    related: [...(amends ? [amends.id] : []), ...amendedBy.map((a) => a.id)].map((id) => objectUrl(c, "paper", id)),
    extension: {
      [`${EXT}amends`]: amends
        ? {
            paper: objectUrl(c, "paper", amends.id),
            kind: d.amendmentKind === "REVOKES" ? "hebt auf" : "ändert",
          }
        : undefined,
      [`${EXT}amendedBy`]: amendedBy.length
        ? amendedBy.map((a) => ({
            paper: objectUrl(c, "paper", a.id),
            kind: a.amendmentKind === "REVOKES" ? "aufgehoben durch" : "geändert durch",
            outcome: OUTCOME_LABEL[a.outcome],
          }))
        : undefined,
      [`${EXT}status`]: lifted ? "aufgehoben" : undefined,
    },
  };
}

function decisionPaper(c: BodyContext, d: DecisionRow, omitInternal: boolean): OParlObject {
  const url = objectUrl(c, "paper", d.id);
  if (!decisionIsPublic(d)) return tombstone("Paper", url, d.createdAt, d.updatedAt);
  const today = berlinToday();
  const item = d.agendaItem && isLive(d.agendaItem) ? d.agendaItem : null;
  const amendment = amendmentFields(c, d);
  const related = [
    ...(d.recommendation?.isPublic ? [objectUrl(c, "paper", d.recommendation.id)] : []),
    ...amendment.related,
  ];
  return compact({
    id: url,
    type: typeUri("Paper"),
    body: bodyUrl(c),
    name: d.number ? `Beschluss ${d.number}` : `Beschluss vom ${day(d.decidedOn)}`,
    reference: d.number,
    date: day(d.decidedOn),
    paperType: "Beschluss",
    relatedPaper: related.length ? related : undefined,
    keyword: amendment.keyword,
    originatorOrganization: [objectUrl(c, "organization", d.bodyId)],
    // The consultation of a TOP belongs to the recommendation it dealt with, if any.
    consultation:
      item && !item.recommendationId && !omitInternal ? [decisionConsultation(c, d, item.id, d.meetingId!)] : undefined,
    [`${EXT}text`]: d.text,
    [`${EXT}outcome`]: OUTCOME_LABEL[d.outcome],
    [`${EXT}reason`]: d.reason,
    [`${EXT}voteCount`]:
      d.yesCount !== null ? { yes: d.yesCount, no: d.noCount ?? 0, abstain: d.abstainCount ?? 0 } : undefined,
    [`${EXT}fieldOfAction`]: fieldExtension(c, d.fieldOfAction),
    ...amendment.extension,
    [`${EXT}assignment`]: d.assignments.map((a) => {
      const light = assignmentLight(a, today);
      return compact({
        name: a.title,
        status: ASSIGNMENT_STATUS_LABEL[a.status],
        dueDate: a.dueOn ? day(a.dueOn) : undefined,
        trafficLight: light,
        trafficLightLabel: LIGHT_LABEL[light],
      });
    }),
    ...times(d.createdAt, d.updatedAt),
  });
}

function recommendationPaper(c: BodyContext, r: RecommendationRow, omitInternal: boolean): OParlObject {
  const url = objectUrl(c, "paper", r.id);
  if (!r.isPublic) return tombstone("Paper", url, r.createdAt, r.updatedAt);
  return compact({
    id: url,
    type: typeUri("Paper"),
    body: bodyUrl(c),
    name: r.title,
    date: day(r.createdAt),
    paperType: "Empfehlung der Bildungskonferenz",
    relatedPaper: r.decisions.map((d) => objectUrl(c, "paper", d.id)),
    originatorOrganization: [objectUrl(c, "organization", r.bodyId)],
    consultation: omitInternal ? undefined : recommendationConsultations(c, r),
    [`${EXT}text`]: r.text,
    [`${EXT}forum`]: r.forum,
    [`${EXT}status`]: RECOMMENDATION_STATUS_LABEL[r.status],
    [`${EXT}fieldOfAction`]: fieldExtension(c, r.fieldOfAction),
    ...times(r.createdAt, r.updatedAt),
  });
}

function reportPaper(
  c: BodyContext,
  r: PublicReport,
  officeId: string | undefined,
  omitInternal: boolean,
): OParlObject {
  const papers = r.report.fields.flatMap((f) => [
    ...f.recommendations.flatMap((rec) => [rec.id, ...rec.decisions.map((d) => d.id)]),
    ...f.decisions.map((d) => d.id),
  ]);
  return compact({
    id: objectUrl(c, "paper", r.event.id),
    type: typeUri("Paper"),
    body: bodyUrl(c),
    name: `Bericht an die Bildungskonferenz „${r.event.title}“`,
    date: day(r.event.startsAt),
    paperType: "Bericht an die Bildungskonferenz",
    mainFile: omitInternal ? undefined : reportFile(c, r),
    relatedPaper: [...new Set(papers)].map((id) => objectUrl(c, "paper", id)),
    originatorOrganization: officeId ? [objectUrl(c, "organization", officeId)] : undefined,
    [`${EXT}period`]: compact({
      since: r.report.since ? day(r.report.since.date) : undefined,
      until: day(r.event.startsAt),
    }),
    [`${EXT}assignmentTotals`]: {
      done: r.report.totals.done,
      onTrack: r.report.totals["on-track"],
      overdue: r.report.totals.overdue,
      cancelled: r.report.totals.cancelled,
    },
    ...times(r.event.createdAt, r.modified),
  });
}

export async function papers(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const take = q ? q.limit + 1 : 1;
  const where = {
    regionId: c.regionId,
    everPublic: true,
    ...(id ? { id } : {}),
    ...(q ? listWhere(q) : { AND: [] as object[] }),
  };
  const recommendations = await tx.recommendation.findMany({
    where,
    orderBy: LIST_ORDER,
    take,
    include: recommendationInclude,
  });
  const decisions = await tx.decision.findMany({
    where: {
      ...where,
      AND: [
        ...where.AND,
        { OR: [{ meetingId: null }, { meeting: { everPublic: true } }] },
        { OR: [{ agendaItemId: null }, { agendaItem: { everPublic: true } }] },
      ],
    },
    orderBy: LIST_ORDER,
    take,
    include: decisionInclude,
  });
  const reports = await listPublicReports(tx, c.regionId, id);
  const office = reports.length
    ? await tx.body.findFirst({ where: { regionId: c.regionId, kind: "OFFICE" }, select: { id: true } })
    : null;
  const entries: Entry[] = [
    ...recommendations.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      object: recommendationPaper(c, r, q?.omitInternal ?? false),
    })),
    ...decisions.map((d) => ({
      id: d.id,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      object: decisionPaper(c, d, q?.omitInternal ?? false),
    })),
    ...reports.map((r) => ({
      id: r.event.id,
      createdAt: r.event.createdAt,
      updatedAt: r.modified,
      object: reportPaper(c, r, office?.id, q?.omitInternal ?? false),
    })),
  ];
  return q ? pageInMemory(entries, q) : entries;
}
