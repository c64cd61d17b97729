// OParl Meeting: public meetings (Meeting) with their TOPs, documents, place and consenting attendees (Attendance).
import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";
import { agendaItemInclude, agendaItemObject } from "./agenda-item.ts";
import { documentSelect, fileObject } from "./file.ts";
import { LIST_ORDER, listWhere, type ListQuery } from "./list-query.ts";
import { locationOfMeeting } from "./location.ts";
import {
  compact,
  isLive,
  iso,
  objectUrl,
  times,
  tombstone,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";

const meetingInclude = {
  agendaItems: {
    where: { isPublic: true, deletedAt: null },
    orderBy: [{ position: "asc" as const }],
    include: agendaItemInclude,
  },
  documents: {
    where: { isPublic: true, deletedAt: null, agendaItemId: null },
    orderBy: [{ createdAt: "asc" as const }],
    select: documentSelect,
  },
  attendances: {
    where: { status: "PRESENT" as const },
    select: { membership: { select: { person: { select: { id: true, publicationConsent: true } } } } },
  },
} satisfies Prisma.MeetingInclude;
type MeetingRow = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

const MEETING_STATE = {
  PLANNED: "terminiert",
  INVITED: "eingeladen",
  HELD: "durchgeführt",
  CANCELLED: "terminiert",
} as const;

type MeetingLike = Omit<MeetingRow, "agendaItems" | "documents"> &
  Partial<Pick<MeetingRow, "agendaItems" | "documents">>;

function meetingObject(c: BodyContext, m: MeetingLike, omitInternal: boolean): OParlObject {
  if (!isLive(m)) return tombstone("Meeting", objectUrl(c, "meeting", m.id), m.createdAt, m.updatedAt);
  const participants = [
    ...new Set(
      m.attendances
        .map((a) => a.membership.person)
        .filter((p) => p.publicationConsent)
        .map((p) => p.id),
    ),
  ];
  return compact({
    id: objectUrl(c, "meeting", m.id),
    type: typeUri("Meeting"),
    name: m.title,
    meetingState: MEETING_STATE[m.status],
    cancelled: m.status === "CANCELLED" ? true : undefined,
    start: iso(m.startsAt),
    end: m.endsAt ? iso(m.endsAt) : undefined,
    location: !omitInternal && m.location ? locationOfMeeting(c, m) : undefined,
    organization: [objectUrl(c, "organization", m.bodyId)],
    participant: participants.map((id) => objectUrl(c, "person", id)),
    auxiliaryFile: omitInternal ? undefined : m.documents?.map((d) => fileObject(c, d)),
    agendaItem: omitInternal ? undefined : m.agendaItems?.map((item) => agendaItemObject(c, item, m.id, true)),
    web: `${c.origin}/${c.slug}/termine`,
    ...times(m.createdAt, m.updatedAt),
  });
}

export async function meetings(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const query = {
    where: { regionId: c.regionId, everPublic: true, ...(id ? { id } : {}), ...(q ? listWhere(q) : {}) },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
  };
  // Without the embedded objects only the participants are needed.
  const rows: MeetingLike[] = q?.omitInternal
    ? await tx.meeting.findMany({ ...query, include: { attendances: meetingInclude.attendances } })
    : await tx.meeting.findMany({ ...query, include: meetingInclude });
  return rows.map((m) => ({
    id: m.id,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    object: meetingObject(c, m, q?.omitInternal ?? false),
  }));
}
