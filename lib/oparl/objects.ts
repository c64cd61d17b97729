import "@/lib/server-only.ts";
import { createHash } from "node:crypto";
import type { Prisma, Tx } from "@/lib/db/client.ts";
import { ASSIGNMENT_STATUS_LABEL, OUTCOME_LABEL } from "@/lib/decisions/labels.ts";
import { FUNCTION_LABEL } from "@/lib/governance/labels.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/loop/labels.ts";
import { listPublicReports, type PublicReport } from "@/lib/loop/public-report.ts";
import { assignmentLight, berlinToday, LIGHT_LABEL } from "@/lib/loop/traffic-light.ts";
import { LIST_ORDER, listWhere, pageInMemory, type ListQuery } from "./list-query.ts";

/**
 * The objects of the OParl 1.1 endpoint of one region (a Body), built from our tables.
 * What may appear is decided here, once: public meetings and TOPs, public decisions and
 * recommendations, public documents, and people only with their consent to publication
 * (their e-mail address only with a consent of its own). Whatever was public once and is no
 * longer appears as a tombstone (`deleted: true`, no content), so that mirrors remove it;
 * whatever was never public never appears at all.
 *
 * Fields OParl lacks carry the vendor prefix `bildungsnetz:` (documented in the README).
 */

export const OPARL_VERSION = "https://schema.oparl.org/1.1/";
export const typeUri = (name: OParlType) => `${OPARL_VERSION}${name}`;
export const EXT = "bildungsnetz:";

export type OParlType =
  | "System"
  | "Body"
  | "LegislativeTerm"
  | "Organization"
  | "Person"
  | "Membership"
  | "Meeting"
  | "AgendaItem"
  | "Paper"
  | "Consultation"
  | "File"
  | "Location";
export type OParlObject = Record<string, unknown> & { id: string; type: string };

/** One object of a list: its URL, its times (for filters and paging) and its JSON. */
export interface Entry {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  object: OParlObject;
}

export interface BodyContext {
  regionId: string;
  slug: string;
  /** …/api/oparl/v1 */
  base: string;
  /** the portal's own origin, for web and download links */
  origin: string;
}

export const SEGMENTS = {
  organization: "Organization",
  person: "Person",
  membership: "Membership",
  meeting: "Meeting",
  "agenda-item": "AgendaItem",
  paper: "Paper",
  consultation: "Consultation",
  file: "File",
  location: "Location",
  "legislative-term": "LegislativeTerm",
} as const satisfies Record<string, OParlType>;
export type Segment = keyof typeof SEGMENTS;

export const bodyUrl = (c: BodyContext) => `${c.base}/body/${c.slug}`;
export const listUrl = (c: BodyContext, segment: Segment) => `${bodyUrl(c)}/${segment}`;
const objectUrl = (c: BodyContext, segment: Segment, id: string) => `${bodyUrl(c)}/${segment}/${id}`;

const iso = (d: Date) => d.toISOString();
const day = (d: Date) => d.toISOString().slice(0, 10);
const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => !!d).map((d) => d.getTime())));

function times(createdAt: Date, updatedAt: Date) {
  return { created: iso(createdAt), modified: iso(updatedAt) };
}

function tombstone(type: OParlType, id: string, createdAt: Date, updatedAt: Date): OParlObject {
  return { id, type: typeUri(type), ...times(createdAt, updatedAt), deleted: true };
}

/** Drops empty optional fields: OParl wants a field left out rather than empty. */
function compact<T extends Record<string, unknown>>(object: T): T {
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
      delete object[key];
  }
  return object;
}

// ───────────────────────── meetings, agenda items, files, locations ─────────────────────────

const documentSelect = {
  id: true,
  title: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  sha512: true,
  meetingId: true,
  agendaItemId: true,
  isPublic: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.DocumentSelect;
type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;

const decisionOfItem = {
  where: { isPublic: true },
  orderBy: [{ createdAt: "desc" as const }],
  take: 1,
  select: { id: true, outcome: true, text: true, reason: true, yesCount: true, noCount: true, abstainCount: true },
} satisfies Prisma.AgendaItem$decisionsArgs;

const agendaItemInclude = {
  decisions: decisionOfItem,
  recommendation: { select: { id: true, isPublic: true } },
  documents: {
    where: { isPublic: true, deletedAt: null },
    orderBy: [{ createdAt: "asc" as const }],
    select: documentSelect,
  },
} satisfies Prisma.AgendaItemInclude;
type AgendaItemRow = Prisma.AgendaItemGetPayload<{ include: typeof agendaItemInclude }>;

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

const isLive = (m: { isPublic: boolean; deletedAt: Date | null }) => m.isPublic && !m.deletedAt;

function fileObject(c: BodyContext, d: DocumentRow): OParlObject {
  const accessUrl = `${c.origin}/${c.slug}/dokumente/${d.id}`;
  return compact({
    id: objectUrl(c, "file", d.id),
    type: typeUri("File"),
    name: d.title,
    fileName: d.fileName,
    mimeType: d.mimeType,
    date: day(d.createdAt),
    size: d.sizeBytes,
    sha512Checksum: d.sha512 || undefined,
    [`${EXT}sha256Checksum`]: d.sha256,
    accessUrl,
    downloadUrl: `${accessUrl}?download=1`,
    meeting: d.meetingId ? [objectUrl(c, "meeting", d.meetingId)] : undefined,
    agendaItem: d.agendaItemId ? [objectUrl(c, "agenda-item", d.agendaItemId)] : undefined,
    ...times(d.createdAt, d.updatedAt),
  });
}

function locationOfMeeting(
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

function agendaItemObject(c: BodyContext, item: AgendaItemRow, meetingId: string, embedded: boolean): OParlObject {
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

async function meetings(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
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

async function agendaItems(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
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

async function files(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.document.findMany({
    where: {
      regionId: c.regionId,
      everPublic: true,
      ...(id ? { id } : {}),
      ...(q ? listWhere(q) : {}),
      // Only what was visible once may leave a tombstone: its TOP and meeting were public too.
      AND: [
        { OR: [{ meetingId: null }, { meeting: { everPublic: true } }] },
        { OR: [{ agendaItemId: null }, { agendaItem: { everPublic: true } }] },
      ],
    },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    select: {
      ...documentSelect,
      meeting: { select: { isPublic: true, deletedAt: true } },
      agendaItem: { select: { isPublic: true, deletedAt: true } },
    },
  });
  const entries: Entry[] = rows.map((d) => {
    const live = isLive(d) && (!d.meeting || isLive(d.meeting)) && (!d.agendaItem || isLive(d.agendaItem));
    return {
      id: d.id,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      object: live ? fileObject(c, d) : tombstone("File", objectUrl(c, "file", d.id), d.createdAt, d.updatedAt),
    };
  });
  for (const r of await listPublicReports(tx, c.regionId, id))
    entries.push({ id: r.event.id, createdAt: r.event.createdAt, updatedAt: r.modified, object: reportFile(c, r) });
  return q ? pageInMemory(entries, q) : entries;
}

async function locations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
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

// ───────────────────────── papers and consultations ─────────────────────────

const decisionInclude = {
  meeting: { select: { isPublic: true, deletedAt: true } },
  agendaItem: { select: { id: true, isPublic: true, deletedAt: true, recommendationId: true } },
  recommendation: { select: { id: true, isPublic: true } },
  fieldOfAction: { select: { name: true, slug: true } },
  assignments: { orderBy: [{ createdAt: "asc" as const }], select: { title: true, status: true, dueOn: true } },
} satisfies Prisma.DecisionInclude;
type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof decisionInclude }>;

function decisionIsPublic(d: DecisionRow): boolean {
  return d.isPublic && (!d.meeting || isLive(d.meeting)) && (!d.agendaItem || isLive(d.agendaItem));
}

function fieldExtension(c: BodyContext, field: { name: string; slug: string } | null) {
  return field ? { name: field.name, web: `${c.origin}/${c.slug}/handlungsfelder/${field.slug}` } : undefined;
}

/** A TOP that dealt with a decision paper of its own (no recommendation behind it). */
function decisionConsultation(
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

function decisionPaper(c: BodyContext, d: DecisionRow, omitInternal: boolean): OParlObject {
  const url = objectUrl(c, "paper", d.id);
  if (!decisionIsPublic(d)) return tombstone("Paper", url, d.createdAt, d.updatedAt);
  const today = berlinToday();
  const item = d.agendaItem && isLive(d.agendaItem) ? d.agendaItem : null;
  return compact({
    id: url,
    type: typeUri("Paper"),
    body: bodyUrl(c),
    name: d.number ? `Beschluss ${d.number}` : `Beschluss vom ${day(d.decidedOn)}`,
    reference: d.number,
    date: day(d.decidedOn),
    paperType: "Beschluss",
    relatedPaper: d.recommendation?.isPublic ? [objectUrl(c, "paper", d.recommendation.id)] : undefined,
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

const recommendationInclude = {
  fieldOfAction: { select: { name: true, slug: true } },
  event: { select: { title: true, isPublic: true, deletedAt: true } },
  agendaItems: {
    where: { isPublic: true, deletedAt: null, meeting: { isPublic: true, deletedAt: null } },
    select: { id: true, meetingId: true, meeting: { select: { bodyId: true } } },
  },
  decisions: { where: { isPublic: true }, select: { id: true } },
} satisfies Prisma.RecommendationInclude;
type RecommendationRow = Prisma.RecommendationGetPayload<{ include: typeof recommendationInclude }>;

/** The path of a recommendation through the bodies: where it came from, where it was dealt with. */
function recommendationConsultations(c: BodyContext, r: RecommendationRow): OParlObject[] {
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

/** The public report to a Bildungskonferenz: a Paper whose mainFile is the generated PDF. */
function reportFile(c: BodyContext, r: PublicReport): OParlObject {
  const accessUrl = `${c.origin}/${c.slug}/veranstaltungen/${r.event.id}/bericht.pdf`;
  return {
    id: objectUrl(c, "file", r.event.id),
    type: typeUri("File"),
    name: `Bericht an die Bildungskonferenz „${r.event.title}“`,
    fileName: `bericht-bildungskonferenz-${day(r.event.startsAt)}.pdf`,
    mimeType: "application/pdf",
    date: day(r.event.startsAt),
    // Generated on request (assignments show their current state), so no checksum.
    accessUrl,
    downloadUrl: `${accessUrl}?download=1`,
    paper: [objectUrl(c, "paper", r.event.id)],
    ...times(r.event.createdAt, r.modified),
  };
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

async function papers(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
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

async function consultations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
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

// ───────────────────────── organizations, people, memberships ─────────────────────────

const ORGANIZATION_CLASSIFICATION = {
  STEERING: "Lenkungskreis",
  CONFERENCE: "Bildungskonferenz",
  OFFICE: "Bildungsbüro",
  WORKING_GROUP: "Arbeitsgruppe",
} as const;

/** An institution a seat stands for, as an Organization with a stable id from its name. */
export function institutionId(name: string): string {
  return `institution-${createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 20)}`;
}

const membershipSelect = {
  id: true,
  bodyId: true,
  personId: true,
  function: true,
  hasVote: true,
  startsOn: true,
  endsOn: true,
  endedAt: true,
  deputyOfId: true,
  createdAt: true,
  updatedAt: true,
  seatCategory: { select: { name: true } },
  person: { select: { publicationConsent: true, organisation: true } },
  deputyOf: { select: { id: true, person: { select: { publicationConsent: true } } } },
} satisfies Prisma.MembershipSelect;
type MembershipRow = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

function membershipObject(c: BodyContext, m: MembershipRow, embedded: boolean): OParlObject {
  const url = objectUrl(c, "membership", m.id);
  if (!m.person.publicationConsent) return tombstone("Membership", url, m.createdAt, m.updatedAt);
  const end = m.endedAt ?? m.endsOn;
  return compact({
    id: url,
    type: typeUri("Membership"),
    person: embedded ? undefined : objectUrl(c, "person", m.personId),
    organization: objectUrl(c, "organization", m.bodyId),
    role: m.deputyOfId ? `Stellvertretung (${FUNCTION_LABEL[m.function]})` : FUNCTION_LABEL[m.function],
    votingRight: m.hasVote,
    startDate: day(m.startsOn),
    endDate: end ? day(end) : undefined,
    onBehalfOf: m.person.organisation ? objectUrl(c, "organization", institutionId(m.person.organisation)) : undefined,
    [`${EXT}seatCategory`]: m.seatCategory.name,
    [`${EXT}deputyOf`]: m.deputyOf?.person.publicationConsent ? objectUrl(c, "membership", m.deputyOf.id) : undefined,
    ...times(m.createdAt, m.updatedAt),
  });
}

async function memberships(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.membership.findMany({
    where: { regionId: c.regionId, person: { everPublic: true }, ...(id ? { id } : {}), ...(q ? listWhere(q) : {}) },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    select: membershipSelect,
  });
  return rows.map((m) => ({
    id: m.id,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    object: membershipObject(c, m, false),
  }));
}

async function people(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.person.findMany({
    where: { regionId: c.regionId, everPublic: true, ...(id ? { id } : {}), ...(q ? listWhere(q) : {}) },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    include: { memberships: { orderBy: [{ startsOn: "asc" }], select: membershipSelect } },
  });
  return rows.map((p) => {
    const url = objectUrl(c, "person", p.id);
    const object = !p.publicationConsent
      ? tombstone("Person", url, p.createdAt, p.updatedAt)
      : compact({
          id: url,
          type: typeUri("Person"),
          body: bodyUrl(c),
          name: personName(p),
          familyName: p.familyName,
          givenName: p.givenName,
          title: p.title ? [p.title] : undefined,
          email: p.emailConsent && p.email ? [p.email] : undefined,
          membership: q?.omitInternal ? undefined : p.memberships.map((m) => membershipObject(c, m, true)),
          ...times(p.createdAt, p.updatedAt),
        });
    return { id: p.id, createdAt: p.createdAt, updatedAt: p.updatedAt, object };
  });
}

async function organizations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const bodies = await tx.body.findMany({
    where: { regionId: c.regionId },
    include: {
      fieldOfAction: { select: { name: true, slug: true } },
      memberships: {
        where: { person: { publicationConsent: true } },
        orderBy: [{ startsOn: "asc" }],
        select: { id: true },
      },
    },
  });
  const entries: Entry[] = bodies.map((b) => ({
    id: b.id,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    object: compact({
      id: objectUrl(c, "organization", b.id),
      type: typeUri("Organization"),
      body: bodyUrl(c),
      name: b.name,
      organizationType: b.kind === "OFFICE" ? "Verwaltungsbereich" : "Gremium",
      classification: ORGANIZATION_CLASSIFICATION[b.kind],
      membership: b.memberships.map((m) => objectUrl(c, "membership", m.id)),
      web: `${c.origin}/${c.slug}/gremien/${b.slug}`,
      [`${EXT}fieldOfAction`]: fieldExtension(c, b.fieldOfAction),
      ...times(b.createdAt, b.updatedAt),
    }),
  }));
  // Institutions that seats of consenting people stand for (Membership.onBehalfOf).
  const seated = await tx.person.findMany({
    where: { regionId: c.regionId, publicationConsent: true, organisation: { not: "" }, memberships: { some: {} } },
    select: { organisation: true, createdAt: true, updatedAt: true },
  });
  const institutions = new Map<string, { name: string; createdAt: Date; updatedAt: Date }>();
  for (const p of seated) {
    const known = institutions.get(p.organisation);
    institutions.set(
      p.organisation,
      known
        ? {
            name: p.organisation,
            createdAt: known.createdAt < p.createdAt ? known.createdAt : p.createdAt,
            updatedAt: latest(known.updatedAt, p.updatedAt),
          }
        : { name: p.organisation, createdAt: p.createdAt, updatedAt: p.updatedAt },
    );
  }
  for (const i of institutions.values()) {
    const key = institutionId(i.name);
    entries.push({
      id: key,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      object: {
        id: objectUrl(c, "organization", key),
        type: typeUri("Organization"),
        body: bodyUrl(c),
        name: i.name,
        organizationType: "Institution",
        classification: "Institution",
        ...times(i.createdAt, i.updatedAt),
      },
    });
  }
  if (id) return entries.filter((e) => e.id === id);
  return q ? pageInMemory(entries, q) : entries;
}

// ───────────────────────── legislative terms (the cooperation contract) ─────────────────────────

export async function legislativeTerms(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const agreements = await tx.cooperationAgreement.findMany({
    where: { regionId: c.regionId },
    orderBy: [{ signedOn: "asc" }],
  });
  const entries = agreements.map((a) => ({
    id: a.id,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    object: compact({
      id: objectUrl(c, "legislative-term", a.id),
      type: typeUri("LegislativeTerm"),
      body: bodyUrl(c),
      name: `Kooperationsvertrag vom ${new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(a.signedOn)}`,
      startDate: day(a.signedOn),
      endDate: !a.isOpenEnded && a.endsOn ? day(a.endsOn) : undefined,
      ...times(a.createdAt, a.updatedAt),
    }) as OParlObject,
  }));
  if (id) return entries.filter((e) => e.id === id);
  return q ? pageInMemory(entries, q) : entries;
}

/** Every list of a Body: loads a page (q) or one object (id) of the region. */
export const SOURCES: Record<Segment, (tx: Tx, c: BodyContext, q: ListQuery | null, id?: string) => Promise<Entry[]>> =
  {
    organization: organizations,
    person: people,
    membership: memberships,
    meeting: meetings,
    "agenda-item": agendaItems,
    paper: papers,
    consultation: consultations,
    file: files,
    location: locations,
    "legislative-term": legislativeTerms,
  };
