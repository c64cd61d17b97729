import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { checkbox, cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";

export const AGENDA_CONFLICT =
  "Die Tagesordnung wurde inzwischen geändert (von Ihnen in einem anderen Fenster oder von jemand anderem). Ihre Eingaben sind unten erhalten; bitte prüfen Sie die aktuelle Tagesordnung und speichern Sie erneut.";

const versioned = { meetingId: idOf("eine Sitzung"), version: wholeNumber("die Version", { min: 1, max: 1_000_000 }) };
const itemFields = {
  title: cleanText("den Titel des TOP", { min: 2, max: 300 }),
  description: cleanText("die Erläuterung", { max: 10_000 }),
  kind: z.enum(["INFORMATION", "DISCUSSION", "DECISION"], { error: "Bitte wählen Sie die Art des TOP." }),
  isPublic: checkbox,
};

/**
 * Every agenda change names the meeting version it was made on; a stale version is refused
 * (nothing is silently overwritten) and the version moves on with each change.
 */
export async function lockAgenda(tx: Tx, actor: Actor, meetingId: string, version: number) {
  const meeting = await tx.meeting.findUnique({ where: { regionId_id: { regionId: actor.regionId, id: meetingId } } });
  if (!meeting || meeting.deletedAt) throw new NotFoundError();
  const bumped = await tx.meeting.updateMany({
    where: { regionId: actor.regionId, id: meetingId, version },
    data: { version: { increment: 1 } },
  });
  if (bumped.count !== 1) throw new ConflictError(AGENDA_CONFLICT);
  return meeting;
}

/** Locks the agenda (version check) and finds a live TOP of that meeting, or not found. */
async function lockAgendaItem(tx: Tx, actor: Actor, meetingId: string, version: number, itemId: string) {
  await lockAgenda(tx, actor, meetingId, version);
  const where = { regionId_id: { regionId: actor.regionId, id: itemId } };
  const existing = await tx.agendaItem.findUnique({ where });
  if (!existing || existing.meetingId !== meetingId || existing.deletedAt) throw new NotFoundError();
  return { where, existing };
}

/** Positions 1..n in order and numbers "TOP 1" … "TOP n". */
export async function renumber(tx: Tx, regionId: string, meetingId: string, order: string[]) {
  for (const [index, id] of order.entries()) {
    await tx.agendaItem.update({
      where: { regionId_id: { regionId, id } },
      data: { position: index + 1, number: `TOP ${index + 1}` },
    });
  }
}

export async function currentOrder(tx: Tx, regionId: string, meetingId: string) {
  const items = await tx.agendaItem.findMany({
    where: { regionId, meetingId, deletedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  return items;
}

export async function addAgendaItem(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(z.object({ ...versioned, ...itemFields }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await lockAgenda(tx, actor, data.meetingId, data.version);
    const order = await currentOrder(tx, regionId, data.meetingId);
    const item = await tx.agendaItem.create({
      data: {
        regionId,
        meetingId: data.meetingId,
        position: order.length + 1,
        number: `TOP ${order.length + 1}`,
        title: data.title,
        description: data.description,
        kind: data.kind,
        isPublic: data.isPublic,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "agenda-item.added",
      entityType: "AgendaItem",
      entityId: item.id,
      details: { meetingId: data.meetingId, title: data.title },
    });
    return item;
  });
}

export async function updateAgendaItem(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(z.object({ ...versioned, itemId: idOf("einen TOP"), ...itemFields }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const { where } = await lockAgendaItem(tx, actor, data.meetingId, data.version, data.itemId);
    const item = await tx.agendaItem.update({
      where,
      data: { title: data.title, description: data.description, kind: data.kind, isPublic: data.isPublic },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "agenda-item.updated",
      entityType: "AgendaItem",
      entityId: item.id,
      details: { title: data.title, isPublic: data.isPublic },
    });
    return item;
  });
}

/** Moves a TOP one place up or down; all TOPs are renumbered. */
export async function moveAgendaItem(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(
    z.object({ ...versioned, itemId: idOf("einen TOP"), direction: z.enum(["up", "down"]) }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await lockAgenda(tx, actor, data.meetingId, data.version);
    const order = (await currentOrder(tx, regionId, data.meetingId)).map((i) => i.id);
    const index = order.indexOf(data.itemId);
    if (index < 0) throw new NotFoundError();
    const target = data.direction === "up" ? index - 1 : index + 1;
    if (target >= 0 && target < order.length) [order[index], order[target]] = [order[target]!, order[index]!];
    await renumber(tx, regionId, data.meetingId, order);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "agenda-item.moved",
      entityType: "AgendaItem",
      entityId: data.itemId,
      details: { direction: data.direction, position: Math.min(Math.max(target, 0), order.length - 1) + 1 },
    });
    return { position: order.indexOf(data.itemId) + 1 };
  });
}

/** Removes a TOP (soft: the row stays, marked deleted) and renumbers the rest. */
export async function removeAgendaItem(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(z.object({ ...versioned, itemId: idOf("einen TOP") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const { where, existing } = await lockAgendaItem(tx, actor, data.meetingId, data.version, data.itemId);
    await tx.agendaItem.update({ where, data: { deletedAt: new Date() } });
    // A forwarded recommendation taken off the agenda (undecided) is open for forwarding again.
    if (existing.recommendationId) {
      const elsewhere = await tx.agendaItem.count({
        where: { regionId, recommendationId: existing.recommendationId, deletedAt: null },
      });
      if (elsewhere === 0)
        await tx.recommendation.updateMany({
          where: { regionId, id: existing.recommendationId, status: "FORWARDED" },
          data: { status: "SUBMITTED" },
        });
    }
    await renumber(
      tx,
      regionId,
      data.meetingId,
      (await currentOrder(tx, regionId, data.meetingId)).map((i) => i.id),
    );
    const audit = await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "agenda-item.removed",
      entityType: "AgendaItem",
      entityId: existing.id,
      details: { title: existing.title, number: existing.number },
    });
    return { ...existing, auditId: audit.id };
  });
}
