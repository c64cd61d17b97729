import "@/lib/core/server-only.ts";
import { berlinDateTime } from "@/lib/core/format/berlin-dates.ts";
import type { Block, DocumentSpec, Letterhead } from "@/lib/core/pdf/model.ts";
import { AGENDA_KIND_LABEL } from "./labels.ts";

export interface InvitationData {
  meeting: {
    title: string;
    startsAt: Date;
    location: string;
    onlineUrl: string;
    status: string;
    body: { name: string };
  };
  agenda: {
    id: string;
    number: string;
    title: string;
    description: string;
    kind: keyof typeof AGENDA_KIND_LABEL;
    isPublic: boolean;
    documents: { title: string; fileName: string }[];
  }[];
}

export const topHeading = (item: { number: string; title: string }) =>
  item.number ? `${item.number}: ${item.title}` : item.title;

/** When and where, as the invitation and the minutes print it. */
export function meetingMeta(meeting: InvitationData["meeting"]): string[] {
  return [
    `Wann: ${berlinDateTime.format(meeting.startsAt)} Uhr`,
    ...(meeting.location ? [`Wo: ${meeting.location}`] : []),
    ...(meeting.onlineUrl ? [`Online: ${meeting.onlineUrl}`] : []),
  ];
}

/** The invitation with the agenda as a document of the pipeline (TOP headings anchored `top:<id>`). */
export function invitationDocument(
  { meeting, agenda }: InvitationData,
  letterhead: Letterhead,
  extra: { blocks?: Block[]; totalPages?: number; title?: string } = {},
): DocumentSpec {
  const blocks: Block[] = [{ kind: "heading", level: 2, text: "Tagesordnung" }];
  if (agenda.length === 0) blocks.push({ kind: "paragraph", runs: [{ text: "Noch keine Tagesordnungspunkte." }] });
  for (const item of agenda) {
    blocks.push({ kind: "heading", level: 3, text: topHeading(item), anchor: `top:${item.id}` });
    blocks.push({
      kind: "paragraph",
      muted: true,
      small: true,
      runs: [{ text: `${AGENDA_KIND_LABEL[item.kind]}${item.isPublic ? "" : ", nicht öffentlich"}` }],
    });
    if (item.description) blocks.push({ kind: "markdown", text: item.description, headingLevel: 4 });
    if (item.documents.length > 0)
      blocks.push(
        { kind: "paragraph", runs: [{ text: "Unterlagen:", bold: true }] },
        {
          kind: "list",
          items: item.documents.map((d) => [
            { kind: "paragraph", runs: [{ text: d.title === d.fileName ? d.title : `${d.title} (${d.fileName})` }] },
          ]),
        },
      );
  }
  return {
    title: extra.title ?? meeting.title,
    kind: `Einladung · ${meeting.body.name}`,
    meta: meetingMeta(meeting),
    status: meeting.status === "CANCELLED" ? "Abgesagt" : undefined,
    date: new Date(),
    letterhead,
    blocks: [...blocks, ...(extra.blocks ?? [])],
    totalPages: extra.totalPages,
  };
}
