import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import type { Block, DocumentSpec } from "@/lib/core/pdf/model.ts";
import { renderDocument } from "@/lib/core/pdf/render.ts";
import { ASSIGNMENT_STATUS_LABEL } from "@/lib/decisions/labels.ts";
import { loadLetterhead } from "@/lib/regions/get-letterhead.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { findReadableMeeting } from "./access.ts";
import { invitationDocument, meetingMeta, topHeading } from "./invitation-document.ts";
import { MINUTES_STATUS_LABEL } from "./labels.ts";
import { attendanceStatusOf, decisionHeading, seatOf } from "./minutes-format.ts";
import { getMinutes } from "./minutes.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The invitation with the agenda, as PDF (for post, print or the files). */
export async function invitationPdf(actor: Actor, meetingId: string): Promise<{ fileName: string; pdf: Buffer }> {
  const { data, letterhead } = await withRegion(actor.regionId, async (tx) => {
    const meeting = await findReadableMeeting(tx, actor, meetingId);
    const agenda = await tx.agendaItem.findMany({
      where: { regionId: actor.regionId, meetingId: meeting.id, deletedAt: null },
      orderBy: { position: "asc" },
      include: {
        documents: {
          where: { deletedAt: null },
          orderBy: { createdAt: "asc" },
          select: { title: true, fileName: true },
        },
      },
    });
    return {
      data: { meeting, agenda },
      letterhead: await loadLetterhead(tx, actor.regionId, meeting.body.name),
    };
  });
  const { pdf } = await renderDocument(invitationDocument(data, letterhead));
  return { fileName: `einladung-${day(data.meeting.startsAt)}.pdf`, pdf };
}

type MinutesData = NonNullable<Awaited<ReturnType<typeof loadMinutesDocument>>>;
type Decision = MinutesData["decisions"][number];

/** getMinutes (text per TOP, named attendance, decisions with counts, approval) + assignments + letterhead. */
async function loadMinutesDocument(actor: Actor, meetingId: string) {
  const data = await getMinutes(actor, meetingId);
  const { minutes } = data;
  if (!minutes) return null;
  return withRegion(actor.regionId, async (tx) => {
    const decisionIds = [...data.agenda.flatMap((item) => item.decisions), ...data.decisions].map((d) => d.id);
    const assignments = await tx.assignment.findMany({
      where: { regionId: actor.regionId, decisionId: { in: decisionIds } },
      orderBy: { createdAt: "asc" },
      include: { owner: { select: { givenName: true, familyName: true } } },
    });
    const letterhead = await loadLetterhead(tx, actor.regionId, data.meeting.body.name);
    return { ...data, minutes, assignments, letterhead };
  });
}

/** One row per seat: present, excused, absent – or represented by the deputy who was there. */
function attendanceRows(seats: MinutesData["attendance"]): string[][] {
  return seats.map((seat) => [
    seat.name,
    seatOf(seat),
    seat.representedBy ? `vertreten durch ${seat.representedBy.name}` : attendanceStatusOf(seat),
  ]);
}

function decisionBlocks(decision: Decision, assignments: MinutesData["assignments"]): Block[] {
  const own = assignments.filter((a) => a.decisionId === decision.id);
  const blocks: Block[] = [
    { kind: "paragraph", runs: [{ text: decisionHeading(decision), bold: true }] },
    { kind: "quote", blocks: [{ kind: "markdown", text: decision.text, headingLevel: 4 }] },
  ];
  if (own.length > 0)
    blocks.push(
      { kind: "paragraph", runs: [{ text: "Arbeitsaufträge aus diesem Beschluss:", bold: true }] },
      {
        kind: "list",
        items: own.map((a) => [
          {
            kind: "paragraph",
            runs: [
              { text: a.title },
              {
                text: [
                  a.owner && `zuständig: ${a.owner.givenName} ${a.owner.familyName}`,
                  a.dueOn && `Frist: ${berlinDate.format(a.dueOn)}`,
                  ASSIGNMENT_STATUS_LABEL[a.status],
                ]
                  .filter(Boolean)
                  .map((s) => ` · ${s}`)
                  .join(""),
              },
            ],
          },
        ]),
      },
    );
  return blocks;
}

const MINUTES_STATUS_ON_PAGE = { DRAFT: "Entwurf", CIRCULATED: "zur Durchsicht" } as const;

export function minutesDocument(data: MinutesData): DocumentSpec {
  const { meeting, minutes, agenda, attendance, decisions, assignments } = data;
  const approval: Block[] =
    minutes.status === "APPROVED"
      ? [
          {
            kind: "paragraph",
            runs: [
              {
                text: `Genehmigt${minutes.approvedAt ? ` am ${berlinDate.format(minutes.approvedAt)}` : ""}${minutes.approvedBy ? ` (${minutes.approvedBy})` : ""}.`,
              },
            ],
          },
          ...(minutes.approvedInItem
            ? [
                {
                  kind: "paragraph" as const,
                  runs: [
                    {
                      text: `Genehmigt unter ${topHeading(minutes.approvedInItem)} der Sitzung „${minutes.approvedInItem.meeting.title}“ vom ${berlinDate.format(minutes.approvedInItem.meeting.startsAt)}.`,
                    },
                  ],
                },
              ]
            : []),
        ]
      : [{ kind: "paragraph", runs: [{ text: `Noch nicht genehmigt (${MINUTES_STATUS_LABEL[minutes.status]}).` }] }];
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: "Anwesenheit" },
    attendance.length > 0
      ? {
          kind: "table",
          header: ["Name", "Sitz", "Anwesenheit"],
          rows: attendanceRows(attendance).map((row) => row.map((text) => [{ text }])),
          widths: [40, 30, 30],
        }
      : { kind: "paragraph", runs: [{ text: "Keine Mitglieder erfasst." }] },
    { kind: "paragraph", runs: [{ text: minutes.quorumNote || data.quorum?.statement || "", bold: true }] },
  ];
  if (minutes.preamble) blocks.push({ kind: "markdown", text: minutes.preamble, headingLevel: 3 });
  for (const item of agenda) {
    blocks.push({
      kind: "heading",
      level: 2,
      text: `${topHeading(item)}${item.isPublic ? "" : " (nicht öffentlich)"}`,
      anchor: `top:${item.id}`,
    });
    blocks.push({ kind: "markdown", text: item.text, headingLevel: 3, empty: "Kein Protokolltext." });
    for (const decision of item.decisions) blocks.push(...decisionBlocks(decision, assignments));
  }
  if (decisions.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: "Weitere Beschlüsse der Sitzung" });
    for (const decision of decisions) blocks.push(...decisionBlocks(decision, assignments));
  }
  blocks.push({ kind: "heading", level: 2, text: "Genehmigung" }, ...approval);
  return {
    title: `Protokoll: ${meeting.title}`,
    kind: `Protokoll · ${meeting.body.name}`,
    // A draft names its status in the "Status" line and on every page; approved minutes say so here.
    meta: [...meetingMeta(meeting), ...(minutes.status === "APPROVED" ? ["Protokoll: genehmigt"] : [])],
    status: minutes.status === "APPROVED" ? undefined : MINUTES_STATUS_ON_PAGE[minutes.status],
    date: minutes.approvedAt ?? minutes.updatedAt,
    letterhead: data.letterhead,
    blocks,
  };
}

/**
 * The minutes as PDF: named attendance with seat categories, Beschlussfähigkeit, each TOP with
 * its text (Markdown rendered), each decision with number, wording, counts and the assignments
 * from it, and the approval line; a draft says so on every page.
 */
export async function minutesPdf(actor: Actor, meetingId: string): Promise<{ fileName: string; pdf: Buffer } | null> {
  const data = await loadMinutesDocument(actor, meetingId);
  if (!data) return null;
  const { pdf } = await renderDocument(minutesDocument(data));
  return { fileName: `protokoll-${day(data.meeting.startsAt)}.pdf`, pdf };
}
