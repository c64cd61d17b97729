import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, type Tx, withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { berlinDate } from "@/lib/core/format/berlin-dates.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf } from "@/lib/core/validation/text.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

/** Who sees recommendations and their path: the conference, the steering committee, the office. */
export function canSeeLoop(actor: Actor) {
  return actor.can("recommendations.submit") || actor.can("steering.read");
}

const recommendationSchema = z.object({
  title: cleanText("den Titel der Empfehlung", { min: 3, max: 300 }),
  text: cleanText("den Text der Empfehlung", { min: 10, max: 20_000 }),
  fieldOfActionId: idOf("das Handlungsfeld"),
  eventForumId: blankable(idOf("ein Forum"), null),
  forum: cleanText("das Forum", { max: 200 }),
  isPublic: checkbox,
});

/**
 * Records a recommendation of the Bildungskonferenz for one Handlungsfeld, by a conference
 * member or by the office on their behalf; with the conference forum it came from.
 */
export async function createRecommendation(actor: Actor, input: unknown) {
  authorize(actor, "recommendations.submit");
  const data = parseInput(recommendationSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const conference = await tx.body.findFirst({ where: { regionId, kind: "CONFERENCE" } });
    if (!conference) throw new ConflictError("Diese Region hat keine Bildungskonferenz angelegt.");
    if (!(await tx.fieldOfAction.findUnique({ where: { regionId_id: { regionId, id: data.fieldOfActionId } } }))) {
      throw new ValidationError({ fieldOfActionId: ["Bitte wählen Sie ein Handlungsfeld dieser Region."] });
    }
    const forum = data.eventForumId
      ? await tx.eventForum.findUnique({
          where: { regionId_id: { regionId, id: data.eventForumId } },
          include: { event: true },
        })
      : null;
    if (data.eventForumId && (!forum || forum.event.deletedAt))
      throw new ValidationError({ eventForumId: ["Bitte wählen Sie ein Forum einer Veranstaltung dieser Region."] });
    const recommendation = await tx.recommendation.create({
      data: {
        regionId,
        bodyId: conference.id,
        fieldOfActionId: data.fieldOfActionId,
        title: data.title,
        text: data.text,
        isPublic: data.isPublic,
        eventForumId: forum?.id ?? null,
        eventId: forum?.eventId ?? null,
        forum: forum ? forum.title : data.forum,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "recommendation.created",
      entityType: "Recommendation",
      entityId: recommendation.id,
      details: { title: data.title },
    });
    return recommendation;
  });
}

/** All recommendations, newest first, with where they stand; and what the forms offer to choose. */
export async function listRecommendations(actor: Actor) {
  if (!canSeeLoop(actor)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const [recommendations, fieldsOfAction, forums, meetings] = await oneByOne(
      () =>
        tx.recommendation.findMany({
          where: { regionId },
          orderBy: { createdAt: "desc" },
          include: {
            fieldOfAction: { select: { name: true, slug: true } },
            event: { select: { id: true, title: true } },
            decisions: { select: { number: true, outcome: true } },
          },
        }),
      () =>
        tx.fieldOfAction.findMany({
          where: { regionId },
          orderBy: { position: "asc" },
          select: { id: true, name: true },
        }),
      () =>
        tx.eventForum.findMany({
          where: { regionId, event: { deletedAt: null } },
          orderBy: [{ event: { startsAt: "desc" } }, { position: "asc" }],
          include: { event: { select: { title: true, startsAt: true } } },
        }),
      () => steeringMeetingsAhead(tx, regionId),
    );
    return {
      recommendations,
      fieldsOfAction,
      forums: forums.map((f) => ({
        id: f.id,
        label: `${f.event.title} (${berlinDate.format(f.event.startsAt)}): ${f.title}`,
      })),
      meetings,
    };
  });
}

function steeringMeetingsAhead(tx: Tx, regionId: string) {
  return tx.meeting.findMany({
    where: {
      regionId,
      deletedAt: null,
      status: { in: ["PLANNED", "INVITED"] },
      body: { kind: "STEERING" },
      startsAt: { gte: new Date(Date.now() - 12 * 3_600_000) },
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true },
  });
}

/** One recommendation with the steering meetings it can be forwarded to. */
export async function getRecommendation(actor: Actor, recommendationId: string) {
  if (!canSeeLoop(actor) || !isUuid(recommendationId)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const recommendation = await tx.recommendation.findUnique({
      where: { regionId_id: { regionId, id: recommendationId } },
      include: { fieldOfAction: { select: { name: true, slug: true } }, body: { select: { name: true } } },
    });
    if (!recommendation) throw new NotFoundError();
    return { recommendation, meetings: await steeringMeetingsAhead(tx, regionId) };
  });
}

/**
 * Forwards a recommendation to the Lenkungskreis: it becomes a decision TOP at the end of
 * the agenda of a planned steering meeting (the agenda's version moves on, so an open agenda
 * editor sees the change). A recommendation that is already on a pending agenda, or decided,
 * is not forwarded again; a deferred one may be.
 */
export async function forwardRecommendation(actor: Actor, input: unknown) {
  authorize(actor, "recommendations.manage");
  const data = parseInput(
    z.object({ recommendationId: idOf("eine Empfehlung"), meetingId: idOf("eine Sitzung des Lenkungskreises") }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`recommendation:${data.recommendationId}`}))`;
    const recommendation = await tx.recommendation.findUnique({
      where: { regionId_id: { regionId, id: data.recommendationId } },
      include: { fieldOfAction: true },
    });
    if (!recommendation) throw new NotFoundError();
    if (recommendation.status === "DECIDED")
      throw new ConflictError("Über diese Empfehlung hat der Lenkungskreis bereits entschieden.");
    const pending = await tx.agendaItem.findFirst({
      where: {
        regionId,
        recommendationId: recommendation.id,
        deletedAt: null,
        decisions: { none: {} },
        meeting: { deletedAt: null, status: { not: "CANCELLED" } },
      },
      include: { meeting: true },
    });
    if (pending)
      throw new ConflictError(
        `Die Empfehlung steht bereits auf der Tagesordnung: ${pending.meeting.title}, ${pending.number}.`,
      );
    const meeting = await tx.meeting.findUnique({
      where: { regionId_id: { regionId, id: data.meetingId } },
      include: { body: true },
    });
    if (!meeting || meeting.deletedAt)
      throw new ValidationError({ meetingId: ["Bitte wählen Sie eine Sitzung des Lenkungskreises."] });
    if (meeting.body.kind !== "STEERING")
      throw new ValidationError({
        meetingId: ["Empfehlungen gehen an den Lenkungskreis. Bitte wählen Sie eine seiner Sitzungen."],
      });
    if (meeting.status === "HELD" || meeting.status === "CANCELLED")
      throw new ValidationError({
        meetingId: [
          "Diese Sitzung hat bereits stattgefunden oder ist abgesagt. Bitte wählen Sie eine geplante Sitzung.",
        ],
      });

    await tx.meeting.update({
      where: { regionId_id: { regionId, id: meeting.id } },
      data: { version: { increment: 1 } },
    });
    const count = await tx.agendaItem.count({ where: { regionId, meetingId: meeting.id, deletedAt: null } });
    const item = await tx.agendaItem.create({
      data: {
        regionId,
        meetingId: meeting.id,
        position: count + 1,
        number: `TOP ${count + 1}`,
        kind: "DECISION",
        isPublic: recommendation.isPublic,
        title: `Empfehlung der Bildungskonferenz: ${recommendation.title}`,
        description: `${recommendation.text}\n\nHandlungsfeld: ${recommendation.fieldOfAction.name}${recommendation.forum ? ` · Forum: ${recommendation.forum}` : ""}`,
        recommendationId: recommendation.id,
      },
    });
    await tx.recommendation.update({
      where: { regionId_id: { regionId, id: recommendation.id } },
      data: { status: "FORWARDED" },
    });
    const audit = await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "recommendation.forwarded",
      entityType: "Recommendation",
      entityId: recommendation.id,
      details: { meetingId: meeting.id, meeting: meeting.title, agendaItemId: item.id, number: item.number },
    });
    return { item, meeting, auditId: audit.id };
  });
}
