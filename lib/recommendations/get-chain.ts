import "@/lib/core/server-only.ts";
import { mapOneByOne, type Tx, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { canSeeLoop } from "./recommendations.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { assignmentLight, type Light } from "./traffic-light.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

export type ChainStart = { kind: "recommendation" | "decision" | "assignment" | "offer"; id: string };

export interface ChainOffer {
  id: string;
  title: string;
  kind: string;
  status: string;
}
export interface ChainAssignment {
  id: string;
  title: string;
  status: string;
  dueOn: Date | null;
  light: Light;
  offers: ChainOffer[];
  source: string | null;
  updatedAt: Date;
}
export interface ChainDecision {
  id: string;
  number: string;
  outcome: string;
  decidedOn: Date;
  text: string;
  reason: string;
  bodyName: string;
  isPublic: boolean;
  updatedAt: Date;
  meeting: { id: string; title: string } | null;
  assignments: ChainAssignment[];
  offers: ChainOffer[];
}
export interface Chain {
  start: ChainStart;
  recommendation: {
    id: string;
    title: string;
    status: string;
    createdAt: Date;
    fieldOfAction: { name: string; slug: string };
    forum: string;
    event: { id: string; title: string } | null;
  } | null;
  /** Where the recommendation was put on a steering agenda. */
  hearings: {
    agendaItemId: string;
    number: string;
    deleted: boolean;
    isPublic: boolean;
    meeting: { id: string; title: string; startsAt: Date };
  }[];
  decisions: ChainDecision[];
  /** Assignments that follow from no decision (a work-programme priority). */
  assignments: ChainAssignment[];
}

const offerSelect = { id: true, title: true, kind: true, status: true } as const;
const liveOffers = { where: { deletedAt: null }, select: offerSelect, orderBy: { createdAt: "asc" as const } };

async function loadAssignment(tx: Tx, regionId: string, id: string, today: Date): Promise<ChainAssignment> {
  const a = await tx.assignment.findUniqueOrThrow({
    where: { regionId_id: { regionId, id } },
    include: { offers: liveOffers, programmeItem: { include: { programme: true } } },
  });
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    dueOn: a.dueOn,
    light: assignmentLight(a, today),
    offers: a.offers,
    updatedAt: a.updatedAt,
    source: a.programmeItem
      ? `Arbeitsprogramm ${a.programmeItem.programme.year}, Priorität ${a.programmeItem.rank}: ${a.programmeItem.label}`
      : null,
  };
}

async function loadDecision(tx: Tx, regionId: string, id: string, today: Date): Promise<ChainDecision> {
  const d = await tx.decision.findUniqueOrThrow({
    where: { regionId_id: { regionId, id } },
    include: {
      body: { select: { name: true } },
      meeting: { select: { id: true, title: true } },
      assignments: { select: { id: true }, orderBy: { createdAt: "asc" } },
      offers: liveOffers,
    },
  });
  return {
    id: d.id,
    number: d.number,
    outcome: d.outcome,
    decidedOn: d.decidedOn,
    text: d.text,
    reason: d.reason,
    bodyName: d.body.name,
    isPublic: d.isPublic,
    updatedAt: d.updatedAt,
    meeting: d.meeting,
    assignments: await mapOneByOne(d.assignments, (a) => loadAssignment(tx, regionId, a.id, today)),
    offers: d.offers,
  };
}

/**
 * The whole path an object is on — recommendation → steering TOP → decision → assignments →
 * projects and offers — from any object on it. Objects of another region are not found.
 */
export async function getChain(actor: Actor, start: ChainStart): Promise<Chain> {
  if (!canSeeLoop(actor) && !actor.can("offers.write")) throw new NotFoundError();
  if (!isUuid(start.id)) throw new NotFoundError();
  return withRegion(actor.regionId, (tx) => loadChain(tx, actor.regionId, start));
}

export async function loadChain(tx: Tx, regionId: string, start: ChainStart, today = berlinToday()): Promise<Chain> {
  const key = { regionId_id: { regionId, id: start.id } };
  let recommendationId: string | null = null;
  let decisionId: string | null = null;
  let assignmentId: string | null = null;
  if (start.kind === "offer") {
    const offer = await tx.offer.findUnique({ where: key });
    if (!offer || offer.deletedAt) throw new NotFoundError();
    assignmentId = offer.assignmentId;
    decisionId = offer.decisionId;
  } else if (start.kind === "assignment") {
    if (!(await tx.assignment.findUnique({ where: key }))) throw new NotFoundError();
    assignmentId = start.id;
  } else if (start.kind === "decision") {
    decisionId = start.id;
  } else {
    recommendationId = start.id;
  }
  if (assignmentId)
    decisionId =
      (await tx.assignment.findUniqueOrThrow({ where: { regionId_id: { regionId, id: assignmentId } } })).decisionId ??
      decisionId;
  if (decisionId) {
    const decision = await tx.decision.findUnique({ where: { regionId_id: { regionId, id: decisionId } } });
    if (!decision) throw new NotFoundError();
    recommendationId = decision.recommendationId;
  }

  const chain: Chain = { start, recommendation: null, hearings: [], decisions: [], assignments: [] };
  if (recommendationId) {
    const r = await tx.recommendation.findUnique({
      where: { regionId_id: { regionId, id: recommendationId } },
      include: {
        fieldOfAction: { select: { name: true, slug: true } },
        event: { select: { id: true, title: true } },
        agendaItems: {
          include: { meeting: { select: { id: true, title: true, startsAt: true, isPublic: true, deletedAt: true } } },
          orderBy: { meeting: { startsAt: "asc" } },
        },
        decisions: { select: { id: true }, orderBy: [{ decidedOn: "asc" }, { number: "asc" }] },
      },
    });
    if (!r) throw new NotFoundError();
    chain.recommendation = {
      id: r.id,
      title: r.title,
      status: r.status,
      createdAt: r.createdAt,
      fieldOfAction: r.fieldOfAction,
      forum: r.forum,
      event: r.event,
    };
    chain.hearings = r.agendaItems.map((i) => ({
      agendaItemId: i.id,
      number: i.number,
      deleted: i.deletedAt !== null || i.meeting.deletedAt !== null,
      isPublic: i.isPublic && i.meeting.isPublic,
      meeting: { id: i.meeting.id, title: i.meeting.title, startsAt: i.meeting.startsAt },
    }));
    chain.decisions = await mapOneByOne(r.decisions, (d) => loadDecision(tx, regionId, d.id, today));
  } else if (decisionId) {
    chain.decisions = [await loadDecision(tx, regionId, decisionId, today)];
  } else if (assignmentId) {
    chain.assignments = [await loadAssignment(tx, regionId, assignmentId, today)];
  }
  return chain;
}
