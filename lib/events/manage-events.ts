import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { berlinDateTime } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { promoteWaiting } from "./registrations.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

export const eventSchema = z
  .object({
    kind: z.enum(["CONFERENCE", "SYMPOSIUM", "EXCHANGE_FORUM"], {
      error: "Bitte wählen Sie die Art der Veranstaltung.",
    }),
    title: cleanText("den Titel", { min: 3, max: 200 }),
    description: cleanText("die Beschreibung", { max: 10_000 }),
    startsAt: berlinDateTime("den Beginn"),
    endsAt: blankable(berlinDateTime("das Ende"), null),
    location: cleanText("den Ort", { min: 2, max: 300 }),
    capacity: wholeNumber("die Zahl der Plätze", { min: 1, max: 100_000 }),
    registrationOpen: checkbox,
    isPublic: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.endsAt && value.endsAt <= value.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Das Ende muss nach dem Beginn liegen." });
  });

/** Plans a Bildungskonferenz, Fachtagung or Austauschforum. */
export async function createEvent(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const data = parseInput(eventSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const event = await tx.event.create({ data: { ...data, regionId: actor.regionId } });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "event.created",
      entityType: "Event",
      entityId: event.id,
      details: { title: data.title, kind: data.kind },
    });
    return event;
  });
}

/**
 * Changes an event. More places move the waiting list up at once (in order of arrival);
 * fewer places than are already confirmed are refused, nobody loses a confirmed place.
 */
export async function updateEvent(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const data = parseInput(eventSchema.and(z.object({ eventId: idOf("eine Veranstaltung") })), input);
  const { eventId, ...fields } = data;
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`event-registration:${eventId}`}))`;
    const existing = await tx.event.findUnique({ where: { regionId_id: { regionId, id: eventId } } });
    if (!existing || existing.deletedAt) throw new NotFoundError();
    const confirmed = await tx.registration.count({ where: { regionId, eventId, status: "CONFIRMED" } });
    if (fields.capacity < confirmed) {
      throw new ValidationError({
        capacity: [
          `Es sind bereits ${confirmed} Anmeldungen bestätigt. Bitte geben Sie mindestens ${confirmed} Plätze an oder stornieren Sie zuerst Anmeldungen.`,
        ],
      });
    }
    const event = await tx.event.update({ where: { regionId_id: { regionId, id: eventId } }, data: fields });
    const promoted = await promoteWaiting(tx, event);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "event.updated",
      entityType: "Event",
      entityId: event.id,
      details: { title: fields.title, capacity: fields.capacity, promoted: promoted.length },
    });
    return { event, promoted: promoted.length };
  });
}

const forumSchema = z.object({
  eventId: idOf("eine Veranstaltung"),
  title: cleanText("den Titel des Forums", { min: 2, max: 200 }),
  description: cleanText("die Beschreibung", { max: 2000 }),
  fieldOfActionId: blankable(idOf("ein Handlungsfeld"), null),
});

/** Adds a forum to the programme (usually one per Handlungsfeld). */
export async function addEventForum(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const data = parseInput(forumSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const event = await tx.event.findUnique({ where: { regionId_id: { regionId, id: data.eventId } } });
    if (!event || event.deletedAt) throw new NotFoundError();
    if (
      data.fieldOfActionId &&
      !(await tx.fieldOfAction.findUnique({ where: { regionId_id: { regionId, id: data.fieldOfActionId } } }))
    ) {
      throw new ValidationError({ fieldOfActionId: ["Bitte wählen Sie ein Handlungsfeld dieser Region."] });
    }
    const position = await tx.eventForum.count({ where: { regionId, eventId: event.id } });
    const forum = await tx.eventForum.create({
      data: {
        regionId,
        eventId: event.id,
        title: data.title,
        description: data.description,
        fieldOfActionId: data.fieldOfActionId,
        position: position + 1,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "event.forum-added",
      entityType: "EventForum",
      entityId: forum.id,
      details: { eventId: event.id, title: data.title },
    });
    return forum;
  });
}

/** Corrects a forum of the programme (title, description, Handlungsfeld). */
export async function updateEventForum(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const data = parseInput(forumSchema.omit({ eventId: true }).extend({ forumId: idOf("ein Forum") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: data.forumId } };
    if (!(await tx.eventForum.findUnique({ where }))) throw new NotFoundError();
    if (
      data.fieldOfActionId &&
      !(await tx.fieldOfAction.findUnique({ where: { regionId_id: { regionId, id: data.fieldOfActionId } } }))
    ) {
      throw new ValidationError({ fieldOfActionId: ["Bitte wählen Sie ein Handlungsfeld dieser Region."] });
    }
    const forum = await tx.eventForum.update({
      where,
      data: { title: data.title, description: data.description, fieldOfActionId: data.fieldOfActionId },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "event.forum-updated",
      entityType: "EventForum",
      entityId: forum.id,
      details: { title: data.title },
    });
    return forum;
  });
}

/** Removes a forum nobody chose and no recommendation came from; the others move up. */
export async function removeEventForum(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const { forumId } = parseInput(z.object({ forumId: idOf("ein Forum") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const forum = await tx.eventForum.findUnique({
      where: { regionId_id: { regionId, id: forumId } },
      include: { _count: { select: { registrations: true, recommendations: true } } },
    });
    if (!forum) throw new NotFoundError();
    if (forum._count.registrations > 0)
      throw new ConflictError(
        `Das Forum „${forum.title}“ haben Teilnehmende gewählt; es bleibt im Programm. Ändern Sie stattdessen den Titel.`,
      );
    if (forum._count.recommendations > 0)
      throw new ConflictError(`Aus dem Forum „${forum.title}“ stammen Empfehlungen; es bleibt im Programm.`);
    await tx.eventForum.delete({ where: { regionId_id: { regionId, id: forumId } } });
    const rest = await tx.eventForum.findMany({
      where: { regionId, eventId: forum.eventId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    for (const [index, f] of rest.entries())
      await tx.eventForum.update({ where: { regionId_id: { regionId, id: f.id } }, data: { position: index + 1 } });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "event.forum-removed",
      entityType: "EventForum",
      entityId: forum.id,
      details: { title: forum.title },
    });
    return forum;
  });
}

/** The office's list of events, newest first, with the registration counts. */
export async function listEvents(actor: Actor) {
  authorize(actor, "events.write");
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const events = await tx.event.findMany({ where: { regionId, deletedAt: null }, orderBy: { startsAt: "desc" } });
    const counts = await tx.registration.groupBy({
      by: ["eventId", "status"],
      where: { regionId },
      _count: { _all: true },
    });
    const countOf = (eventId: string, status: string) =>
      counts.find((c) => c.eventId === eventId && c.status === status)?._count._all ?? 0;
    return events.map((e) => ({ ...e, confirmed: countOf(e.id, "CONFIRMED"), waiting: countOf(e.id, "WAITING") }));
  });
}

/** One event for the office: programme, registrations in order of arrival, the region's Handlungsfelder. */
export async function getEventAdmin(actor: Actor, eventId: string) {
  authorize(actor, "events.write");
  if (!isUuid(eventId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const event = await tx.event.findUnique({
      where: { regionId_id: { regionId, id: eventId } },
      include: {
        forums: {
          orderBy: { position: "asc" },
          include: { fieldOfAction: { select: { id: true, name: true, slug: true } } },
        },
        registrations: { orderBy: { sequence: "asc" }, include: { forum: { select: { title: true } } } },
        recommendations: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, status: true } },
      },
    });
    if (!event || event.deletedAt) throw new NotFoundError();
    const fieldsOfAction = await tx.fieldOfAction.findMany({
      where: { regionId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    });
    const region = await tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true, slug: true } });
    return { event, fieldsOfAction, region };
  });
}
