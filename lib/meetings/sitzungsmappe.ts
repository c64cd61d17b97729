import "@/lib/core/server-only.ts";
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from "pdf-lib";
import type { Tx } from "@/lib/core/db/client.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { readStoredFile } from "@/lib/core/files/file-store.ts";
import type { Block, Letterhead, Run } from "@/lib/core/pdf/model.ts";
import { renderDocument } from "@/lib/core/pdf/render.ts";
import { loadLetterhead } from "@/lib/regions/get-letterhead.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";
import { invitationDocument, topHeading, type InvitationData } from "./invitation-document.ts";

type Meeting = InvitationData["meeting"] & { id: string; startsAt: Date };
interface Attachment {
  title: string;
  fileName: string;
  mimeType: string;
  storageKey: string;
}
type Item = InvitationData["agenda"][number] & { documents: Attachment[] };

const DOCUMENT_SELECT = { title: true, fileName: true, mimeType: true, storageKey: true } as const;

async function loadAgenda(tx: Tx, regionId: string, meetingId: string, publicOnly: boolean): Promise<Item[]> {
  return tx.agendaItem.findMany({
    where: { regionId, meetingId, deletedAt: null, ...(publicOnly ? { isPublic: true } : {}) },
    orderBy: { position: "asc" },
    include: {
      documents: {
        where: { deletedAt: null, ...(publicOnly ? { isPublic: true } : {}) },
        orderBy: { createdAt: "asc" },
        select: DOCUMENT_SELECT,
      },
    },
  });
}

/**
 * The Sitzungsmappe for someone who may see the meeting: every TOP and every attachment the
 * meeting's access rule lets them read (the same rule as each document's download).
 */
export async function sitzungsmappePdf(actor: Actor, meetingId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { meeting, agenda, letterhead } = await withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    return {
      meeting,
      agenda: await loadAgenda(tx, actor.regionId, meeting.id, false),
      letterhead: await loadLetterhead(tx, actor.regionId, meeting.body.name),
    };
  });
  return { fileName: fileNameOf(meeting), pdf: await buildSitzungsmappe(meeting, agenda, letterhead) };
}

/**
 * The public Sitzungsmappe: a public meeting that is not cancelled, its public TOPs and the
 * documents published on them (the rule of the public document download). Otherwise null.
 */
export async function publicSitzungsmappePdf(
  regionId: string,
  meetingId: string,
): Promise<{ fileName: string; pdf: Buffer } | null> {
  if (!isUuid(meetingId)) return null;
  const found = await withRegion(regionId, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { regionId, id: meetingId, isPublic: true, deletedAt: null, status: { not: "CANCELLED" } },
      include: { body: true },
    });
    if (!meeting) return null;
    return {
      meeting,
      agenda: await loadAgenda(tx, regionId, meeting.id, true),
      letterhead: await loadLetterhead(tx, regionId, meeting.body.name),
    };
  });
  if (!found) return null;
  const { meeting, agenda, letterhead } = found;
  return {
    fileName: fileNameOf(meeting, "-oeffentlich"),
    pdf: await buildSitzungsmappe(meeting, agenda, letterhead, "öffentliche Fassung"),
  };
}

const fileNameOf = (meeting: Meeting, suffix = "") =>
  `sitzungsmappe-${meeting.startsAt.toISOString().slice(0, 10)}${suffix}.pdf`;

interface Loaded extends Attachment {
  pdf: PDFDocument | null;
  pages: number;
}

async function loadAttachment(document: Attachment): Promise<Loaded> {
  if (document.mimeType !== "application/pdf") return { ...document, pdf: null, pages: 0 };
  try {
    const pdf = await PDFDocument.load(await readStoredFile(document.storageKey), { updateMetadata: false });
    const pages = pdf.getPageCount();
    return pages > 0 ? { ...document, pdf, pages } : { ...document, pdf: null, pages: 0 };
  } catch {
    // Encrypted or broken: listed, not bound in.
    return { ...document, pdf: null, pages: 0 };
  }
}

interface Bookmark {
  title: string;
  page: number;
  children?: Bookmark[];
}

/**
 * Invitation + table of contents (with the page where each attachment starts) + every PDF
 * attachment in agenda order, merged with pdf-lib; bookmarks: invitation, contents, one per
 * TOP with one per attachment below it. Other files are listed by name.
 */
async function buildSitzungsmappe(
  meeting: Meeting,
  agenda: Item[],
  letterhead: Letterhead,
  edition?: string,
): Promise<Buffer> {
  const items: (Item & { loaded: Loaded[] })[] = [];
  for (const item of agenda) {
    const loaded: Loaded[] = [];
    for (const document of item.documents) loaded.push(await loadAttachment(document));
    items.push({ ...item, loaded });
  }
  return assemble(meeting, items, letterhead, edition);
}

/**
 * Renders invitation and contents and binds the attachments in. An attachment that pdf-lib
 * loads but cannot copy (a page that is its own parent: the copy recurses without end) is
 * listed as unreadable and the whole is assembled again with the contents renumbered.
 */
async function assemble(
  meeting: Meeting,
  items: (Item & { loaded: Loaded[] })[],
  letterhead: Letterhead,
  edition?: string,
): Promise<Buffer> {
  const attachmentPages = items.reduce((n, item) => n + item.loaded.reduce((m, d) => m + d.pages, 0), 0);

  // The contents name page numbers that depend on how long invitation and contents are:
  // render until the length is stable (the first guess is almost always right).
  let mainPages = 2;
  let rendered: Awaited<ReturnType<typeof renderDocument>> | null = null;
  let starts = new Map<Loaded, number>();
  for (let attempt = 0; attempt < 4; attempt++) {
    starts = new Map();
    let next = mainPages + 1;
    for (const item of items)
      for (const d of item.loaded)
        if (d.pdf) {
          starts.set(d, next);
          next += d.pages;
        }
    rendered = await renderDocument(
      invitationDocument({ meeting, agenda: items }, letterhead, {
        title: `Sitzungsmappe: ${meeting.title}`,
        blocks: contentsBlocks(items, starts),
        totalPages: mainPages + attachmentPages,
      }),
    );
    if (rendered.pageCount === mainPages) break;
    mainPages = rendered.pageCount;
  }
  const main = rendered!;
  const merged = await PDFDocument.load(main.pdf, { updateMetadata: false });
  for (const item of items)
    for (const d of item.loaded)
      if (d.pdf) {
        let pages;
        try {
          pages = await merged.copyPages(d.pdf, d.pdf.getPageIndices());
        } catch {
          Object.assign(d, { pdf: null, pages: 0 });
          return assemble(meeting, items, letterhead, edition);
        }
        for (const page of pages) merged.addPage(page);
      }

  const invitationPageOf = (item: Item) => main.anchors[`top:${item.id}`] ?? 0;
  setOutline(merged, [
    { title: "Einladung und Tagesordnung", page: 0 },
    { title: "Inhaltsverzeichnis der Sitzungsmappe", page: main.anchors.contents ?? 0 },
    ...items.map((item) => {
      const attached = item.loaded.filter((d) => d.pdf);
      return {
        title: topHeading(item),
        page: attached.length > 0 ? starts.get(attached[0]!)! - 1 : invitationPageOf(item),
        children: attached.map((d) => ({ title: d.title, page: starts.get(d)! - 1 })),
      };
    }),
  ]);
  if (edition) merged.setSubject(`Sitzungsmappe (${edition})`);
  return Buffer.from(await merged.save({ useObjectStreams: false }));
}

function contentsBlocks(items: (Item & { loaded: Loaded[] })[], starts: Map<Loaded, number>): Block[] {
  const row = (text: string, page: string, bold = false): Run[][] => [[{ text, bold }], [{ text: page }]];
  const rows: Run[][][] = [row("Einladung und Tagesordnung", "1")];
  for (const item of items) {
    rows.push(row(topHeading(item), "", true));
    if (item.loaded.length === 0) rows.push(row("keine Unterlagen", ""));
    for (const d of item.loaded) {
      const start = starts.get(d);
      if (start) rows.push(row(`${d.title} (${d.pages === 1 ? "1 Seite" : `${d.pages} Seiten`})`, String(start)));
      else
        rows.push(
          row(
            `${d.title} – ${d.fileName}: ${d.mimeType === "application/pdf" ? "PDF nicht lesbar" : "keine PDF-Datei"}, nicht eingebunden; im Portal bei der Sitzung abrufbar`,
            "–",
          ),
        );
    }
  }
  return [
    { kind: "pageBreak" },
    {
      kind: "heading",
      level: 2,
      text: "Inhaltsverzeichnis der Sitzungsmappe",
      anchor: "contents",
    },
    { kind: "table", header: ["Inhalt", "Seite"], rows, widths: [85, 15] },
  ];
}

/** Replaces the document outline (bookmarks) by the given tree; the viewer opens with it. */
function setOutline(doc: PDFDocument, items: Bookmark[]) {
  const { context } = doc;
  const pages = doc.getPages().map((p) => p.ref);
  const build = (list: Bookmark[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => context.nextRef());
    let count = list.length;
    list.forEach((item, i) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: [pages[Math.min(item.page, pages.length - 1)]!, PDFName.of("Fit")],
      });
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]!);
      if (item.children && item.children.length > 0) {
        const kids = build(item.children, refs[i]!);
        dict.set(PDFName.of("First"), kids.first);
        dict.set(PDFName.of("Last"), kids.last);
        dict.set(PDFName.of("Count"), PDFNumber.of(kids.count));
        count += kids.count;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const root = context.nextRef();
  const top = build(items, root);
  context.assign(
    root,
    context.obj({ Type: "Outlines", First: top.first, Last: top.last, Count: PDFNumber.of(top.count) }),
  );
  doc.catalog.set(PDFName.of("Outlines"), root);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
