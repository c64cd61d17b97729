import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { currentOrder, lockAgenda, renumber } from "./agenda.ts";

type Kind = "INFORMATION" | "DISCUSSION" | "DECISION";
interface TemplateItem {
  title: string;
  kind: Kind;
  description: string;
  isPublic?: boolean;
}

/** The standard agenda: greeting first, approval of the last minutes second, "Verschiedenes" last. */
export const STANDARD_AGENDA = {
  head: [
    { title: "Begrüßung und Feststellung der Beschlussfähigkeit", kind: "INFORMATION", description: "" },
    { title: "Genehmigung des Protokolls der letzten Sitzung", kind: "DECISION", description: "" },
  ],
  tail: [{ title: "Verschiedenes", kind: "INFORMATION", description: "" }],
} satisfies Record<string, TemplateItem[]>;

const input = z.object({
  meetingId: idOf("eine Sitzung"),
  version: wholeNumber("die Version", { min: 1, max: 1_000_000 }),
});

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase("de") === b.trim().toLocaleLowerCase("de");

/**
 * Adds template items to a planned meeting's agenda (head before, tail after the existing
 * TOPs), skipping every item whose title is already on it: pressing twice adds nothing twice.
 */
async function insertItems(
  tx: Tx,
  actor: Actor,
  data: z.output<typeof input>,
  items: { head: TemplateItem[]; tail: TemplateItem[] },
) {
  const { regionId } = actor;
  const meeting = await lockAgenda(tx, actor, data.meetingId, data.version);
  if (meeting.status !== "PLANNED")
    throw new ConflictError(
      "Eine Vorlage lässt sich nur in die Tagesordnung einer geplanten Sitzung übernehmen, vor der Einladung.",
    );
  const existing = await currentOrder(tx, regionId, meeting.id);
  const taken = existing.map((i) => i.title);
  const fresh = (list: TemplateItem[]) =>
    list.filter((item, index) => {
      if (taken.some((title) => sameTitle(title, item.title))) return false;
      return list.findIndex((other) => sameTitle(other.title, item.title)) === index;
    });
  const head = fresh(items.head);
  const tail = fresh(items.tail).filter((item) => !head.some((h) => sameTitle(h.title, item.title)));
  const create = async (item: TemplateItem) =>
    (
      await tx.agendaItem.create({
        data: {
          regionId,
          meetingId: meeting.id,
          position: 0,
          title: item.title,
          kind: item.kind,
          description: item.description,
          isPublic: item.isPublic ?? meeting.isPublic,
        },
        select: { id: true },
      })
    ).id;
  const headIds: string[] = [];
  for (const item of head) headIds.push(await create(item));
  const tailIds: string[] = [];
  for (const item of tail) tailIds.push(await create(item));
  await renumber(tx, regionId, meeting.id, [...headIds, ...existing.map((i) => i.id), ...tailIds]);
  return { meeting, added: [...head, ...tail].map((i) => i.title) };
}

/** "Standard-Tagesordnung einfügen". */
export async function insertStandardAgenda(actor: Actor, raw: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(input, raw);
  return withRegion(actor.regionId, async (tx) => {
    const { added } = await insertItems(tx, actor, data, STANDARD_AGENDA);
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "agenda.standard-inserted",
      entityType: "Meeting",
      entityId: data.meetingId,
      details: { added },
    });
    return { added };
  });
}

/**
 * "Tagesordnung der letzten Sitzung übernehmen": titles, kinds, descriptions and public flags of
 * the TOPs of the body's previous meeting (the latest one before this, not cancelled, with an
 * agenda) — not its documents, decisions or minutes.
 */
export async function copyPreviousAgenda(actor: Actor, raw: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(input, raw);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({ where: { regionId_id: { regionId, id: data.meetingId } } });
    const previous = meeting
      ? await tx.meeting.findFirst({
          where: {
            regionId,
            bodyId: meeting.bodyId,
            id: { not: meeting.id },
            deletedAt: null,
            status: { not: "CANCELLED" },
            startsAt: { lt: meeting.startsAt },
            agendaItems: { some: { deletedAt: null } },
          },
          orderBy: { startsAt: "desc" },
          include: { agendaItems: { where: { deletedAt: null }, orderBy: { position: "asc" } } },
        })
      : null;
    // lockAgenda answers not found for a foreign or missing meeting
    if (meeting && !previous) {
      await lockAgenda(tx, actor, data.meetingId, data.version);
      throw new ConflictError("Es gibt keine frühere Sitzung dieses Gremiums mit einer Tagesordnung.");
    }
    const items = (previous?.agendaItems ?? []).map((item) => ({
      title: item.title,
      kind: item.kind,
      description: item.description,
      isPublic: item.isPublic,
    }));
    const { added } = await insertItems(tx, actor, data, { head: [], tail: items });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "agenda.copied-from-previous",
      entityType: "Meeting",
      entityId: data.meetingId,
      details: { from: previous?.id ?? null, fromTitle: previous?.title ?? null, added },
    });
    return { added, from: previous! };
  });
}
