import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, emailAddress, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { OFFER_STATUS_LABEL, TARGET_GROUP_LABEL, type TargetGroup } from "./labels.ts";
import { parseDateLines } from "./parse-date-lines.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

// Offers are written by the office (offers.write) and proposed by partners (offers.propose).
// A partner edits only their own drafts and sends them for review; the office publishes,
// sends back with a note, or archives. Public pages read them live, so a change is visible
// on the next request.

const offerSchema = z
  .object({
    title: cleanText("den Titel", { min: 3, max: 200 }),
    summary: cleanText("die Kurzbeschreibung", { max: 500 }),
    description: cleanText("die Beschreibung", { max: 20_000 }),
    kind: z.enum(["PROJECT", "EVENT", "LEARNING_PLACE", "COUNSELLING", "TRAINING"], {
      error: "Bitte wählen Sie die Art des Angebots.",
    }),
    placeName: cleanText("den Namen des Ortes", { max: 200 }),
    street: cleanText("die Straße", { max: 200 }),
    postalCode: blankable(
      z
        .string()
        .trim()
        .regex(/^\d{5}$/, { error: "Die Postleitzahl hat fünf Ziffern." }),
      "",
    ),
    city: cleanText("den Ort", { max: 100 }),
    localityId: blankable(idOf("eine Kommune"), null),
    latitude: blankable(
      z
        .string()
        .trim()
        .regex(/^-?\d{1,2}([.,]\d{1,8})?$/, { error: "Bitte geben Sie die Breite als Dezimalzahl an, z. B. 51,2277." })
        .transform((v) => Number(v.replace(",", ".")))
        .refine((v) => v >= 47 && v <= 56, { error: "Die Breite liegt nicht in Deutschland (47 bis 56)." }),
      null,
    ),
    longitude: blankable(
      z
        .string()
        .trim()
        .regex(/^-?\d{1,2}([.,]\d{1,8})?$/, { error: "Bitte geben Sie die Länge als Dezimalzahl an, z. B. 6,7735." })
        .transform((v) => Number(v.replace(",", ".")))
        .refine((v) => v >= 5 && v <= 16, { error: "Die Länge liegt nicht in Deutschland (5 bis 16)." }),
      null,
    ),
    // parsed here, not after the schema: a wrong date line is reported together with every other error
    dates: cleanText("die Termine", { max: 5000 }).transform((text, ctx) => {
      const { dates, error } = parseDateLines(text);
      if (!error) return dates;
      ctx.addIssue({ code: "custom", message: error });
      return z.NEVER;
    }),
    isFree: checkbox,
    price: blankable(wholeNumber("den Preis in Euro", { min: 0, max: 100_000 }), null),
    costNote: cleanText("den Hinweis zu den Kosten", { max: 300 }),
    wheelchairAccessible: checkbox,
    easyLanguage: checkbox,
    languages: cleanText("die Sprachen", { max: 200 }),
    contactName: cleanText("die Ansprechperson", { max: 200 }),
    contactEmail: blankable(emailAddress("die E-Mail-Adresse"), ""),
    contactPhone: cleanText("die Telefonnummer", { max: 50 }),
    assignmentId: blankable(idOf("einen Auftrag"), null),
    registrationUrl: blankable(
      cleanText("den Link", { max: 500 }).refine((v) => /^https:\/\/[^\s]+$/.test(v), {
        error: "Der Link zur Anmeldung muss mit https:// beginnen.",
      }),
      "",
    ),
  })
  .superRefine((v, ctx) => {
    if ((v.latitude === null) !== (v.longitude === null))
      ctx.addIssue({
        code: "custom",
        path: ["latitude"],
        message: "Bitte geben Sie Breite und Länge zusammen an – oder keines von beiden.",
      });
    if (!v.isFree && v.price === null && !v.costNote)
      ctx.addIssue({
        code: "custom",
        path: ["price"],
        message: "Bitte geben Sie den Preis oder einen Hinweis zu den Kosten an – oder kreuzen Sie „kostenlos“ an.",
      });
  });

function selected<T extends string>(input: Record<string, unknown>, prefix: string, allowed: readonly T[]): T[] {
  return allowed.filter((value) => input[`${prefix}${value}`] === "on");
}

async function writeOffer(tx: Tx, actor: Actor, input: Record<string, unknown>, offerId: string | null) {
  const { regionId } = actor;
  const { dates, ...data } = parseInput(offerSchema, input);
  const fields = await tx.fieldOfAction.findMany({ where: { regionId }, select: { id: true } });
  const fieldIds = selected(
    input,
    "field:",
    fields.map((f) => f.id),
  );
  const groups = selected(input, "group:", Object.keys(TARGET_GROUP_LABEL) as TargetGroup[]);
  if (data.localityId && !(await tx.locality.findUnique({ where: { regionId_id: { regionId, id: data.localityId } } })))
    throw new ValidationError({ localityId: ["Bitte wählen Sie eine Kommune dieser Region."] });
  const place =
    data.placeName || data.street || data.city || data.latitude !== null
      ? await tx.place.create({
          data: {
            regionId,
            name: data.placeName || data.city,
            street: data.street,
            postalCode: data.postalCode,
            city: data.city,
            localityId: data.localityId,
            latitude: data.latitude,
            longitude: data.longitude,
          },
        })
      : null;
  // The office links an offer or project to the assignment it follows from (and so to its decision).
  let origin = {};
  if (actor.can("offers.write")) {
    const assignment = data.assignmentId
      ? await tx.assignment.findUnique({ where: { regionId_id: { regionId, id: data.assignmentId } } })
      : null;
    if (data.assignmentId && !assignment)
      throw new ValidationError({ assignmentId: ["Bitte wählen Sie einen Auftrag dieser Region."] });
    const previous = offerId
      ? await tx.offer.findUnique({ where: { regionId_id: { regionId, id: offerId } }, select: { assignmentId: true } })
      : null;
    if (assignment) origin = { assignmentId: assignment.id, decisionId: assignment.decisionId };
    else if (previous?.assignmentId) origin = { assignmentId: null, decisionId: null };
  }
  const values = {
    ...origin,
    title: data.title,
    summary: data.summary,
    description: data.description,
    kind: data.kind,
    targetGroups: groups,
    placeId: place?.id ?? null,
    isFree: data.isFree,
    priceCents: data.isFree || data.price === null ? null : data.price * 100,
    costNote: data.costNote,
    wheelchairAccessible: data.wheelchairAccessible,
    easyLanguage: data.easyLanguage,
    languages: data.languages
      .split(",")
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 20),
    contactName: data.contactName,
    contactEmail: data.contactEmail,
    contactPhone: data.contactPhone,
    registrationUrl: data.registrationUrl,
  };
  const offer = offerId
    ? await tx.offer.update({ where: { regionId_id: { regionId, id: offerId } }, data: values })
    : await tx.offer.create({ data: { ...values, regionId, createdById: actor.userId, status: "DRAFT" } });
  await tx.offerFieldOfAction.deleteMany({ where: { regionId, offerId: offer.id } });
  if (fieldIds.length)
    await tx.offerFieldOfAction.createMany({
      data: fieldIds.map((fieldOfActionId) => ({ regionId, offerId: offer.id, fieldOfActionId })),
    });
  await tx.offerDate.deleteMany({ where: { regionId, offerId: offer.id } });
  if (dates.length) await tx.offerDate.createMany({ data: dates.map((d) => ({ regionId, offerId: offer.id, ...d })) });
  return offer;
}

function canSee(actor: Actor, offer: { createdById: string | null }) {
  return actor.can("offers.write") || (actor.can("offers.propose") && offer.createdById === actor.userId);
}

async function findOffer(tx: Tx, actor: Actor, offerId: string) {
  if (!isUuid(offerId)) throw new NotFoundError();
  const offer = await tx.offer.findUnique({ where: { regionId_id: { regionId: actor.regionId, id: offerId } } });
  if (!offer || offer.deletedAt || !canSee(actor, offer)) throw new NotFoundError();
  return offer;
}

/** A new offer as a draft: by the office, or a partner's proposal. */
export async function createOffer(actor: Actor, input: Record<string, unknown>) {
  if (!actor.can("offers.write") && !actor.can("offers.propose")) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const offer = await writeOffer(tx, actor, input, null);
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "offer.created",
      entityType: "Offer",
      entityId: offer.id,
      details: { title: offer.title },
    });
    return offer;
  });
}

/** Changes an offer: the office any, a partner only their own unpublished proposal. */
export async function updateOffer(actor: Actor, input: Record<string, unknown>) {
  const offerId = typeof input.offerId === "string" ? input.offerId : "";
  return withRegion(actor.regionId, async (tx) => {
    const current = await findOffer(tx, actor, offerId);
    if (!actor.can("offers.write") && current.status !== "DRAFT")
      throw new ConflictError(
        "Ihr Vorschlag liegt beim Bildungsbüro oder ist veröffentlicht; ändern kann ihn jetzt nur das Bildungsbüro.",
      );
    const offer = await writeOffer(tx, actor, input, current.id);
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "offer.updated",
      entityType: "Offer",
      entityId: offer.id,
      details: { title: offer.title },
    });
    return offer;
  });
}

const TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "offers.propose" },
  publish: { from: ["DRAFT", "IN_REVIEW", "ARCHIVED"], to: "PUBLISHED", permission: "offers.write" },
  return: { from: ["IN_REVIEW"], to: "DRAFT", permission: "offers.review" },
  archive: { from: ["PUBLISHED", "DRAFT", "IN_REVIEW"], to: "ARCHIVED", permission: "offers.write" },
} as const;

/** Moves an offer through its states; publishing stamps publishedAt. */
export async function setOfferStatus(actor: Actor, input: Record<string, unknown>) {
  const offerId = typeof input.offerId === "string" ? input.offerId : "";
  const step = TRANSITIONS[String(input.step) as keyof typeof TRANSITIONS];
  if (!step || !actor.can(step.permission)) throw new NotFoundError();
  const note = parseInput(z.object({ note: cleanText("die Notiz", { max: 2000 }) }), { note: input.note ?? "" }).note;
  return withRegion(actor.regionId, async (tx) => {
    const offer = await findOffer(tx, actor, offerId);
    if (!(step.from as readonly string[]).includes(offer.status))
      throw new ConflictError(`Das Angebot ist ${OFFER_STATUS_LABEL[offer.status]}; dieser Schritt passt dazu nicht.`);
    if (step.to === "PUBLISHED" && !offer.summary)
      throw new ConflictError("Bitte ergänzen Sie vor dem Veröffentlichen eine Kurzbeschreibung.");
    const updated = await tx.offer.update({
      where: { regionId_id: { regionId: actor.regionId, id: offer.id } },
      data: {
        status: step.to,
        ...(step.to === "PUBLISHED" ? { publishedAt: offer.publishedAt ?? new Date(), reviewNote: "" } : {}),
        ...(step.to === "DRAFT" ? { reviewNote: note } : {}),
      },
    });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: `offer.${String(input.step)}`,
      entityType: "Offer",
      entityId: offer.id,
      details: { title: offer.title, status: step.to },
    });
    return updated;
  });
}

/** The office sees every offer; a partner their own proposals. */
export async function listManagedOffers(actor: Actor) {
  if (!actor.can("offers.write") && !actor.can("offers.propose")) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const offers = await tx.offer.findMany({
      where: {
        regionId: actor.regionId,
        deletedAt: null,
        ...(actor.can("offers.write") ? {} : { createdById: actor.userId }),
      },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      select: { id: true, title: true, status: true, kind: true, updatedAt: true, reviewNote: true },
    });
    return offers;
  });
}

/** An offer with everything the edit form needs. */
export async function getManagedOffer(actor: Actor, offerId: string) {
  return withRegion(actor.regionId, async (tx) => {
    const offer = await findOffer(tx, actor, offerId);
    const [place, fields, dates] = [
      offer.placeId
        ? await tx.place.findUnique({ where: { regionId_id: { regionId: actor.regionId, id: offer.placeId } } })
        : null,
      await tx.offerFieldOfAction.findMany({
        where: { regionId: actor.regionId, offerId: offer.id },
        select: { fieldOfActionId: true },
      }),
      await tx.offerDate.findMany({
        where: { regionId: actor.regionId, offerId: offer.id },
        orderBy: { startsAt: "asc" },
      }),
    ];
    return { offer, place, fieldIds: fields.map((f) => f.fieldOfActionId), dates };
  });
}

export async function loadOfferFormChoices(actor: Actor) {
  return withRegion(actor.regionId, async (tx) => ({
    fields: await tx.fieldOfAction.findMany({
      where: { regionId: actor.regionId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    localities: await tx.locality.findMany({
      where: { regionId: actor.regionId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    assignments: actor.can("offers.write")
      ? (
          await tx.assignment.findMany({
            where: { regionId: actor.regionId, status: { not: "CANCELLED" } },
            orderBy: { createdAt: "desc" },
            take: 300,
            include: { decision: { select: { number: true } } },
          })
        ).map((a) => ({ id: a.id, label: a.decision ? `${a.title} (Beschluss ${a.decision.number})` : a.title }))
      : [],
  }));
}
