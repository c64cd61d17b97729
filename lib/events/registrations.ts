import "@/lib/core/server-only.ts";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, type Tx, withRegion } from "@/lib/core/db/client.ts";
import { reserveAttempt } from "@/lib/auth/throttle.ts";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { berlinDateTime as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { eventToIcs } from "./event-calendar.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, emailAddress, idOf } from "@/lib/core/validation/text.ts";

const registrationSchema = z.object({
  eventId: idOf("eine Veranstaltung"),
  name: cleanText("Ihren Namen", { min: 2, max: 200 }),
  institution: cleanText("Ihre Einrichtung", { max: 200 }),
  email: emailAddress("Ihre E-Mail-Adresse"),
  forumId: blankable(idOf("ein Forum"), null),
  consent: checkbox.refine((v) => v, {
    error: "Bitte bestätigen Sie, dass wir Ihre Angaben für diese Veranstaltung verarbeiten dürfen.",
  }),
});

/** Registrations per client address within the throttle window (a whole staff room behind one address fits). */
export const REGISTRATIONS_PER_CLIENT = 30;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Serialises every change to one event's places (registration, cancellation, capacity). */
function lockEvent(tx: Tx, eventId: string) {
  return tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`event-registration:${eventId}`}))`;
}

interface EventForMail {
  regionId: string;
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
}

/** The event for the calendar, attached to every mail that confirms a place. */
function calendarAttachment(event: EventForMail, regionSlug: string) {
  const ics = eventToIcs(event, portalUrl(`/${regionSlug}/veranstaltungen/${event.id}`));
  return [{ filename: "veranstaltung.ics", content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }];
}

function when(event: EventForMail) {
  return `${dateFormat.format(event.startsAt)} Uhr`;
}

async function regionOf(tx: Tx, regionId: string) {
  return tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { name: true, slug: true } });
}

/**
 * Moves the waiting list up into free places, in order of arrival, and mails everyone who
 * moved up. Call with the event lock held.
 */
export async function promoteWaiting(tx: Tx, event: EventForMail & { capacity: number }) {
  const { regionId } = event;
  const confirmed = await tx.registration.count({ where: { regionId, eventId: event.id, status: "CONFIRMED" } });
  const free = event.capacity - confirmed;
  if (free <= 0) return [];
  const next = await tx.registration.findMany({
    where: { regionId, eventId: event.id, status: "WAITING" },
    orderBy: { sequence: "asc" },
    take: free,
  });
  if (next.length === 0) return [];
  const now = new Date();
  await tx.registration.updateMany({
    where: { regionId, id: { in: next.map((r) => r.id) } },
    data: { status: "CONFIRMED", confirmedAt: now },
  });
  const region = await regionOf(tx, regionId);
  await tx.outboxEmail.createMany({
    skipDuplicates: true,
    data: next.map((r) => ({
      regionId,
      idempotencyKey: `event-moved-up:${r.id}`,
      toAddress: r.email,
      subject: `Ihr Platz ist frei: ${event.title}`,
      attachments: calendarAttachment(event, region.slug),
      textBody: `Guten Tag ${r.name},\n\nfür „${event.title}“ am ${when(event)} ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt; Ihre Anmeldung ist jetzt bestätigt.\n\nOrt: ${event.location}\n\nWenn Sie doch nicht teilnehmen können, stornieren Sie bitte über den Link aus Ihrer Anmeldebestätigung, damit die nächste Person nachrücken kann.\n\nIhr Bildungsbüro ${region.name}`,
    })),
  });
  return next;
}

/**
 * A public registration: confirmed while places are free, otherwise on the waiting list in
 * order of arrival. Every registration of one event runs under the same lock, so the places
 * are never exceeded and nobody is lost, however many register at once. The confirmation
 * e-mail carries a personal cancellation link; only the token's hash is stored. One client
 * address may register REGISTRATIONS_PER_CLIENT times per 15 minutes (against scripted floods).
 */
export async function registerForEvent(regionId: string, input: unknown, clientKey?: string) {
  const data = parseInput(registrationSchema, input);
  const token = randomBytes(32).toString("base64url");
  const throttleKey = clientKey ? `event-registration:${clientKey}` : null;
  return withRegion(regionId, async (tx) => {
    // the slot is taken first (and given back by the rollback if the registration fails)
    if (throttleKey && !(await reserveAttempt(tx, throttleKey, REGISTRATIONS_PER_CLIENT))) {
      throw new AppError(
        "Von Ihrem Anschluss sind in kurzer Zeit sehr viele Anmeldungen eingegangen. Bitte versuchen Sie es in 15 Minuten erneut oder wenden Sie sich an das Bildungsbüro.",
        "throttled",
      );
    }
    await lockEvent(tx, data.eventId);
    const event = await tx.event.findUnique({ where: { regionId_id: { regionId, id: data.eventId } } });
    if (!event || event.deletedAt || !event.isPublic)
      throw new NotFoundError("Diese Veranstaltung gibt es nicht (mehr).");
    if (!event.registrationOpen || event.startsAt <= new Date())
      throw new ConflictError("Die Anmeldung zu dieser Veranstaltung ist geschlossen.");
    if (
      data.forumId &&
      !(await tx.eventForum.findFirst({ where: { regionId, id: data.forumId, eventId: event.id } }))
    ) {
      throw new ValidationError({ forumId: ["Bitte wählen Sie ein Forum aus dem Programm dieser Veranstaltung."] });
    }
    const duplicate = await tx.registration.findFirst({
      where: {
        regionId,
        eventId: event.id,
        email: { equals: data.email, mode: "insensitive" },
        status: { not: "CANCELLED" },
      },
    });
    if (duplicate)
      throw new ValidationError({
        email: [
          "Mit dieser E-Mail-Adresse ist bereits eine Anmeldung eingegangen. Die Bestätigung mit dem Link zum Stornieren haben wir Ihnen per E-Mail geschickt.",
        ],
      });

    const [confirmed, last] = await oneByOne(
      () => tx.registration.count({ where: { regionId, eventId: event.id, status: "CONFIRMED" } }),
      () => tx.registration.aggregate({ where: { regionId, eventId: event.id }, _max: { sequence: true } }),
    );
    const status = confirmed < event.capacity ? "CONFIRMED" : "WAITING";
    const registration = await tx.registration.create({
      data: {
        regionId,
        eventId: event.id,
        forumId: data.forumId,
        name: data.name,
        institution: data.institution,
        email: data.email,
        status,
        sequence: (last._max.sequence ?? 0) + 1,
        cancelTokenHash: hashToken(token),
        confirmedAt: status === "CONFIRMED" ? new Date() : null,
      },
    });
    const waitingPosition =
      status === "WAITING"
        ? await tx.registration.count({
            where: { regionId, eventId: event.id, status: "WAITING", sequence: { lte: registration.sequence } },
          })
        : null;
    const region = await regionOf(tx, regionId);
    const forum = data.forumId
      ? await tx.eventForum.findUnique({ where: { regionId_id: { regionId, id: data.forumId } } })
      : null;
    const cancelUrl = portalUrl(`/${region.slug}/veranstaltungen/stornieren/${token}`);
    const state =
      status === "CONFIRMED"
        ? "Ihre Anmeldung ist bestätigt."
        : `Die Plätze sind belegt; Sie stehen auf Platz ${waitingPosition} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.`;
    await tx.outboxEmail.create({
      data: {
        regionId,
        idempotencyKey: `event-registration:${registration.id}`,
        toAddress: data.email,
        subject: `${status === "CONFIRMED" ? "Anmeldung bestätigt" : "Warteliste"}: ${event.title}`,
        attachments: status === "CONFIRMED" ? calendarAttachment(event, region.slug) : [],
        textBody: `Guten Tag ${data.name},\n\nvielen Dank für Ihre Anmeldung zu „${event.title}“ am ${when(event)}.\n${state}\n\nOrt: ${event.location}${forum ? `\nForum: ${forum.title}` : ""}\n\nSie können nicht teilnehmen? Bitte stornieren Sie über diesen persönlichen Link, damit jemand anderes nachrücken kann:\n${cancelUrl}\n\nIhr Bildungsbüro ${region.name}`,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: null,
      action: "event.registered",
      entityType: "Registration",
      entityId: registration.id,
      details: { eventId: event.id, status, sequence: registration.sequence },
    });
    return { status, waitingPosition, event: { title: event.title } };
  });
}

async function cancel(tx: Tx, regionId: string, registrationId: string, by: string | null) {
  await lockRegistrationEvent(tx, regionId, registrationId);
  const registration = await tx.registration.findUniqueOrThrow({
    where: { regionId_id: { regionId, id: registrationId } },
    include: { event: true },
  });
  if (registration.status === "CANCELLED")
    return { registration, promoted: [] as { id: string }[], alreadyCancelled: true };
  const updated = await tx.registration.update({
    where: { regionId_id: { regionId, id: registrationId } },
    data: { status: "CANCELLED", cancelledAt: new Date() },
  });
  const promoted = registration.status === "CONFIRMED" ? await promoteWaiting(tx, registration.event) : [];
  const region = await regionOf(tx, regionId);
  await tx.outboxEmail.create({
    data: {
      regionId,
      idempotencyKey: `event-cancelled:${registration.id}`,
      toAddress: registration.email,
      subject: `Stornierung: ${registration.event.title}`,
      textBody: `Guten Tag ${registration.name},\n\n${by ? "das Bildungsbüro hat Ihre Anmeldung" : "Ihre Anmeldung"} zu „${registration.event.title}“ am ${when(registration.event)} ${by ? "storniert" : "ist storniert"}.\n\nIhr Bildungsbüro ${region.name}`,
    },
  });
  await recordAudit(tx, {
    regionId,
    actorId: by,
    action: "event.registration-cancelled",
    entityType: "Registration",
    entityId: registration.id,
    details: { eventId: registration.eventId, was: registration.status, promoted: promoted.length },
  });
  return { registration: updated, event: registration.event, promoted, alreadyCancelled: false };
}

async function lockRegistrationEvent(tx: Tx, regionId: string, registrationId: string) {
  const found = await tx.registration.findUnique({
    where: { regionId_id: { regionId, id: registrationId } },
    select: { eventId: true },
  });
  if (!found) throw new NotFoundError();
  await lockEvent(tx, found.eventId);
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** What the cancellation page shows for a personal link (nothing if the link is unknown). */
export async function findRegistrationByToken(regionId: string, token: string) {
  if (!tokenShape.test(token)) return null;
  return withRegion(regionId, async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { regionId_cancelTokenHash: { regionId, cancelTokenHash: hashToken(token) } },
      include: { event: true },
    });
    if (!registration || registration.regionId !== regionId) return null;
    return {
      name: registration.name,
      status: registration.status,
      event: {
        title: registration.event.title,
        startsAt: registration.event.startsAt,
        location: registration.event.location,
        past: registration.event.startsAt <= new Date(),
      },
    };
  });
}

/** Cancellation through the personal link from the e-mail; the next person on the waiting list moves up. */
export async function cancelRegistrationByToken(regionId: string, token: string) {
  if (!tokenShape.test(token)) throw new NotFoundError("Dieser Link ist ungültig.");
  return withRegion(regionId, async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { regionId_cancelTokenHash: { regionId, cancelTokenHash: hashToken(token) } },
      include: { event: true },
    });
    if (!registration || registration.regionId !== regionId) throw new NotFoundError("Dieser Link ist ungültig.");
    if (registration.event.startsAt <= new Date())
      throw new ConflictError("Die Veranstaltung hat bereits stattgefunden.");
    const result = await cancel(tx, regionId, registration.id, null);
    return { alreadyCancelled: result.alreadyCancelled, title: registration.event.title };
  });
}

/** The office cancels a registration (e.g. on a phone call); the waiting list moves up. */
export async function cancelRegistrationByOffice(actor: Actor, input: unknown) {
  authorize(actor, "events.write");
  const { registrationId } = parseInput(z.object({ registrationId: idOf("eine Anmeldung") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const result = await cancel(tx, actor.regionId, registrationId, actor.userId);
    return {
      name: result.registration.name,
      promoted: result.promoted.length,
      alreadyCancelled: result.alreadyCancelled,
    };
  });
}
