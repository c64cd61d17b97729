// OParl File: published documents of public TOPs (Document), and the report PDF of a begun public conference (Event).
import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";
import { downloadFileName } from "@/lib/core/files/file-store.ts";
import { listPublicReports, type PublicReport } from "@/lib/recommendations/public-report.ts";
import { LIST_ORDER, listWhere, pageInMemory, type ListQuery } from "./list-query.ts";
import {
  compact,
  day,
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

export const documentSelect = {
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
export type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;

export function fileObject(c: BodyContext, d: DocumentRow): OParlObject {
  const accessUrl = `${c.origin}/${c.slug}/dokumente/${d.id}`;
  return compact({
    id: objectUrl(c, "file", d.id),
    type: typeUri("File"),
    name: d.title,
    fileName: downloadFileName(d.fileName, d.mimeType),
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

/** The PDF of the public report to a Bildungskonferenz: the mainFile of its Paper (paper.ts), generated on request. */
export function reportFile(c: BodyContext, r: PublicReport): OParlObject {
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

export async function files(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.document.findMany({
    where: {
      regionId: c.regionId,
      everPublic: true,
      ...(id ? { id } : {}),
      // One AND: the list query's conditions (time filters, cursor) and, since only what was visible
      // once may leave a tombstone, that its TOP and meeting were public too. (Spreading listWhere
      // beside its own AND key let the second replace the first: the cursor was ignored.)
      AND: [
        ...(q ? listWhere(q).AND : []),
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
