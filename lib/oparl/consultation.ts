// OParl Consultation, derived: a public Recommendation's path (Recommendation, AgendaItem), and TOPs with a Decision.
import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { pageInMemory, type ListQuery } from "./list-query.ts";
import {
  compact,
  EXT,
  isLive,
  objectUrl,
  times,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";
import { recommendationInclude, type RecommendationRow } from "./recommendation-include.ts";

/** A TOP that dealt with a decision paper of its own (no recommendation behind it). */
export function decisionConsultation(
  c: BodyContext,
  d: { id: string; bodyId: string; createdAt: Date; updatedAt: Date },
  itemId: string,
  meetingId: string,
): OParlObject {
  return {
    id: objectUrl(c, "consultation", itemId),
    type: typeUri("Consultation"),
    paper: objectUrl(c, "paper", d.id),
    agendaItem: objectUrl(c, "agenda-item", itemId),
    meeting: objectUrl(c, "meeting", meetingId),
    organization: [objectUrl(c, "organization", d.bodyId)],
    authoritative: true,
    role: "Beschlussfassung",
    ...times(d.createdAt, d.updatedAt),
  };
}

/** The path of a recommendation through the bodies: where it came from, where it was dealt with. */
export function recommendationConsultations(c: BodyContext, r: RecommendationRow): OParlObject[] {
  const paper = objectUrl(c, "paper", r.id);
  const origin = compact({
    id: objectUrl(c, "consultation", r.id),
    type: typeUri("Consultation"),
    paper,
    organization: [objectUrl(c, "organization", r.bodyId)],
    authoritative: false,
    role: "Empfehlung",
    [`${EXT}event`]: r.event && isLive(r.event) ? r.event.title : undefined,
    ...times(r.createdAt, r.updatedAt),
  });
  const treated = r.agendaItems.map((item) => ({
    id: objectUrl(c, "consultation", item.id),
    type: typeUri("Consultation"),
    paper,
    agendaItem: objectUrl(c, "agenda-item", item.id),
    meeting: objectUrl(c, "meeting", item.meetingId),
    organization: [objectUrl(c, "organization", item.meeting.bodyId)],
    authoritative: true,
    role: "Beratung und Beschlussfassung",
    ...times(r.createdAt, r.updatedAt),
  }));
  return [origin, ...treated];
}

export async function consultations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  // Derived objects: the recommendations' paths, and the TOPs that dealt with a decision paper.
  const recommendations = await tx.recommendation.findMany({
    where: { regionId: c.regionId, isPublic: true },
    include: recommendationInclude,
  });
  const entries: Entry[] = [];
  for (const r of recommendations) {
    for (const object of recommendationConsultations(c, r))
      entries.push({
        id: object.id.slice(object.id.lastIndexOf("/") + 1),
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        object,
      });
  }
  const decided = await tx.decision.findMany({
    where: {
      regionId: c.regionId,
      isPublic: true,
      agendaItem: {
        isPublic: true,
        deletedAt: null,
        recommendationId: null,
        meeting: { isPublic: true, deletedAt: null },
      },
    },
    include: { agendaItem: { select: { id: true, meetingId: true } } },
  });
  for (const d of decided) {
    const item = d.agendaItem!;
    entries.push({
      id: item.id,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      object: decisionConsultation(c, d, item.id, item.meetingId),
    });
  }
  if (id) return entries.filter((e) => e.id === id);
  return q ? pageInMemory(entries, q) : entries;
}
