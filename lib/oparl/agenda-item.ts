// OParl AgendaItem: the public TOPs (AgendaItem) of public meetings, with their public Decision and Documents.
import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";
import { OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { documentSelect, fileObject } from "./file.ts";
import { LIST_ORDER, listWhere, type ListQuery } from "./list-query.ts";
import {
  compact,
  EXT,
  isLive,
  objectUrl,
  times,
  tombstone,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";

const decisionOfItem = {
  where: { isPublic: true },
  orderBy: [{ createdAt: "desc" as const }],
  take: 1,
  select: { id: true, outcome: true, text: true, reason: true, yesCount: true, noCount: true, abstainCount: true },
} satisfies Prisma.AgendaItem$decisionsArgs;

export const agendaItemInclude = {
  decisions: decisionOfItem,
  recommendation: { select: { id: true, isPublic: true } },
  documents: {
    where: { isPublic: true, deletedAt: null },
    orderBy: [{ createdAt: "asc" as const }],
    select: documentSelect,
  },
} satisfies Prisma.AgendaItemInclude;
export type AgendaItemRow = Prisma.AgendaItemGetPayload<{ include: typeof agendaItemInclude }>;

export function agendaItemObject(
  c: BodyContext,
  item: AgendaItemRow,
  meetingId: string,
  embedded: boolean,
): OParlObject {
  const decision = item.decisions[0];
  const paper = item.recommendation?.isPublic ? item.recommendation.id : decision?.id;
  return compact({
    id: objectUrl(c, "agenda-item", item.id),
    type: typeUri("AgendaItem"),
    // Only given where the TOP stands alone (OParl: not in the meeting's embedded list).
    meeting: embedded ? undefined : objectUrl(c, "meeting", meetingId),
    number: item.number,
    order: item.position,
    name: item.title,
    public: true,
    consultation: paper ? objectUrl(c, "consultation", item.id) : undefined,
    result: decision ? OUTCOME_LABEL[decision.outcome] : undefined,
    resolutionText: decision
      ? [decision.text, decision.reason && `Begründung: ${decision.reason}`].filter(Boolean).join("\n\n")
      : undefined,
    auxiliaryFile: item.documents.map((d) => fileObject(c, d)),
    [`${EXT}decision`]: decision ? objectUrl(c, "paper", decision.id) : undefined,
    [`${EXT}voteCount`]:
      decision && decision.yesCount !== null
        ? { yes: decision.yesCount, no: decision.noCount ?? 0, abstain: decision.abstainCount ?? 0 }
        : undefined,
    ...times(item.createdAt, item.updatedAt),
  });
}

export async function agendaItems(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.agendaItem.findMany({
    where: {
      regionId: c.regionId,
      everPublic: true,
      meeting: { everPublic: true },
      ...(id ? { id } : {}),
      ...(q ? listWhere(q) : {}),
    },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    include: { ...agendaItemInclude, meeting: { select: { isPublic: true, deletedAt: true } } },
  });
  return rows.map((item) => ({
    id: item.id,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    object:
      isLive(item) && isLive(item.meeting)
        ? agendaItemObject(c, q?.omitInternal ? { ...item, documents: [] } : item, item.meetingId, false)
        : tombstone("AgendaItem", objectUrl(c, "agenda-item", item.id), item.createdAt, item.updatedAt),
  }));
}
