// OParl Location: the meeting place (Meeting.location, free text) of a public meeting.
import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { LIST_ORDER, listWhere, type ListQuery } from "./list-query.ts";
import { objectUrl, times, typeUri, type BodyContext, type Entry, type OParlObject } from "./object-helpers.ts";

export function locationOfMeeting(
  c: BodyContext,
  m: { id: string; location: string; createdAt: Date; updatedAt: Date },
): OParlObject {
  return {
    id: objectUrl(c, "location", m.id),
    type: typeUri("Location"),
    description: m.location,
    meetings: [objectUrl(c, "meeting", m.id)],
    ...times(m.createdAt, m.updatedAt),
  };
}

export async function locations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.meeting.findMany({
    where: {
      regionId: c.regionId,
      isPublic: true,
      deletedAt: null,
      location: { not: "" },
      ...(id ? { id } : {}),
      ...(q ? listWhere(q) : {}),
    },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    select: { id: true, location: true, createdAt: true, updatedAt: true },
  });
  return rows.map((m) => ({
    id: m.id,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    object: locationOfMeeting(c, m),
  }));
}
