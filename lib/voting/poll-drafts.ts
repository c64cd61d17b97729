import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { berlinDateTime } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, firstCharacters, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { canManagePolls, findManagedPoll } from "./access.ts";
import { isUuid } from "@/lib/core/validation/uuid.ts";

export const pollSchema = z
  .object({
    bodyId: idOf("ein Gremium"),
    agendaItemId: blankable(idOf("einen Tagesordnungspunkt"), null),
    title: cleanText("den Titel", { min: 3, max: 200 }),
    description: cleanText("die Vorlage", { max: 20_000 }),
    method: z.enum(["YES_NO_ABSTAIN", "APPROVAL", "POINTS", "RANKING"], { error: "Bitte wählen Sie ein Verfahren." }),
    secrecy: z.enum(["NAMED", "SECRET"], { error: "Bitte wählen Sie namentlich oder geheim." }),
    options: cleanText("die Optionen", { max: 10_000 }),
    maxChoices: blankable(wholeNumber("die Zahl der wählbaren Optionen", { min: 1, max: 50 }), null),
    totalPoints: blankable(wholeNumber("die Punkte je Person", { min: 1, max: 1000 }), null),
    maxPointsPerOption: blankable(wholeNumber("die Höchstpunkte je Option", { min: 1, max: 1000 }), null),
    allowChange: checkbox,
    majorityRule: z.enum(["SIMPLE", "TWO_THIRDS"], { error: "Bitte wählen Sie die Mehrheit." }),
    majorityBase: z.enum(["YES_NO", "PRESENT", "ALL_SEATS"], {
      error: "Bitte wählen Sie, wovon die Mehrheit berechnet wird.",
    }),
    requireQuorum: checkbox,
    closesAt: blankable(berlinDateTime("das Ende der Abstimmung"), null),
    reminderHours: blankable(wholeNumber("die Erinnerung", { min: 1, max: 336 }), null),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.secrecy === "SECRET" && v.allowChange)
      issue("allowChange", "Eine geheime Stimme kann nicht geändert werden: Sie ist mit niemandem verknüpft.");
    if (!v.agendaItemId && !v.closesAt)
      issue("closesAt", "Eine Abstimmung außerhalb einer Sitzung (Umlaufverfahren) braucht ein Ende.");
    if (v.reminderHours && !v.closesAt) issue("reminderHours", "Eine Erinnerung setzt ein Ende der Abstimmung voraus.");
    if (v.method === "APPROVAL" && !v.maxChoices)
      issue("maxChoices", "Bitte geben Sie an, wie viele Optionen höchstens gewählt werden können.");
    if (v.method === "POINTS" && !v.totalPoints)
      issue("totalPoints", "Bitte geben Sie an, wie viele Punkte jede Person vergibt.");
    if (v.method === "POINTS" && v.totalPoints && v.maxPointsPerOption && v.maxPointsPerOption > v.totalPoints)
      issue("maxPointsPerOption", "Auf eine Option können nicht mehr Punkte entfallen, als es insgesamt gibt.");
  });

type PollInput = z.output<typeof pollSchema>;

/** Options: the checked Handlungsfelder (`field:<id>` = on), then one proposed measure per line. */
async function resolveOptions(tx: Tx, regionId: string, data: PollInput, input: Record<string, unknown>) {
  if (data.method === "YES_NO_ABSTAIN") return [];
  const fieldIds = Object.entries(input)
    .filter(([key, value]) => key.startsWith("field:") && (value === "on" || value === true))
    .map(([key]) => key.slice(6));
  const fields = fieldIds.length
    ? await tx.fieldOfAction.findMany({
        where: { regionId, id: { in: fieldIds.filter((id) => isUuid(id)) } },
        orderBy: { position: "asc" },
      })
    : [];
  if (fields.length !== fieldIds.length)
    throw new ValidationError({ options: ["Bitte wählen Sie Handlungsfelder dieser Region."] });
  const lines = data.options
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const options = [
    ...fields.map((f) => ({ label: f.name, fieldOfActionId: f.id as string | null })),
    ...lines.map((label) => ({ label: firstCharacters(label, 300), fieldOfActionId: null })),
  ];
  const labels = options.map((o) => o.label.toLocaleLowerCase("de"));
  if (options.length < 2)
    throw new ValidationError({
      options: ["Bitte geben Sie mindestens zwei Optionen an (Handlungsfelder ankreuzen oder Maßnahmen je Zeile)."],
    });
  if (options.length > 30) throw new ValidationError({ options: ["Eine Abstimmung hat höchstens 30 Optionen."] });
  if (new Set(labels).size !== labels.length)
    throw new ValidationError({ options: ["Jede Option darf nur einmal vorkommen."] });
  if (data.method === "APPROVAL" && data.maxChoices! > options.length)
    throw new ValidationError({ maxChoices: [`Es gibt nur ${options.length} Optionen.`] });
  return options;
}

async function checkBodyAndItem(tx: Tx, actor: Actor, data: PollInput) {
  const { regionId } = actor;
  const body = await tx.body.findUnique({ where: { regionId_id: { regionId, id: data.bodyId } } });
  if (!body || !(await canManagePolls(tx, actor, body.id))) throw new NotFoundError();
  if (body.kind === "OFFICE")
    throw new ValidationError({ bodyId: ["Das Bildungsbüro stimmt nicht ab; bitte wählen Sie ein Gremium."] });
  if (data.agendaItemId) {
    const item = await tx.agendaItem.findUnique({
      where: { regionId_id: { regionId, id: data.agendaItemId } },
      include: { meeting: true },
    });
    if (!item || item.deletedAt || item.meeting.deletedAt)
      throw new ValidationError({ agendaItemId: ["Bitte wählen Sie einen Tagesordnungspunkt dieser Region."] });
    if (item.meeting.bodyId !== body.id)
      throw new ValidationError({
        agendaItemId: ["Der Tagesordnungspunkt gehört zu einer Sitzung eines anderen Gremiums."],
      });
  }
  return body;
}

function pollFields(data: PollInput) {
  return {
    bodyId: data.bodyId,
    agendaItemId: data.agendaItemId,
    title: data.title,
    description: data.description,
    method: data.method,
    secrecy: data.secrecy,
    maxChoices: data.method === "APPROVAL" ? data.maxChoices : null,
    totalPoints: data.method === "POINTS" ? data.totalPoints : null,
    maxPointsPerOption: data.method === "POINTS" ? (data.maxPointsPerOption ?? data.totalPoints) : null,
    allowChange: data.allowChange,
    majorityRule: data.majorityRule,
    majorityBase: data.majorityBase,
    requireQuorum: data.requireQuorum,
    closesAt: data.closesAt,
    reminderHours: data.closesAt ? data.reminderHours : null,
  };
}

/** A draft poll: everything can still change until it is opened. */
export async function createPoll(actor: Actor, input: Record<string, unknown>) {
  const data = parseInput(pollSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    await checkBodyAndItem(tx, actor, data);
    const options = await resolveOptions(tx, regionId, data, input);
    const poll = await tx.poll.create({
      data: {
        regionId,
        ...pollFields(data),
        createdById: actor.userId,
        options: { create: options.map((o, i) => ({ position: i + 1, ...o })) },
      },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "poll.created",
      entityType: "Poll",
      entityId: poll.id,
      details: { title: poll.title, method: poll.method },
    });
    return poll;
  });
}

/** Changes a draft, options included; an opened poll keeps its rules. */
export async function updateDraftPoll(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  const data = parseInput(pollSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const poll = await findManagedPoll(tx, actor, pollId, true);
    if (poll.status !== "DRAFT")
      throw new ConflictError("Die Abstimmung ist bereits eröffnet; ihre Regeln und Optionen bleiben, wie sie sind.");
    await checkBodyAndItem(tx, actor, data);
    const options = await resolveOptions(tx, regionId, data, input);
    await tx.pollOption.deleteMany({ where: { regionId, pollId } });
    const updated = await tx.poll.update({
      where: { regionId_id: { regionId, id: pollId } },
      data: { ...pollFields(data), options: { create: options.map((o, i) => ({ position: i + 1, ...o })) } },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "poll.updated",
      entityType: "Poll",
      entityId: pollId,
      details: { title: updated.title },
    });
    return updated;
  });
}

export async function deleteDraftPoll(actor: Actor, input: Record<string, unknown>) {
  const pollId = typeof input.pollId === "string" ? input.pollId : "";
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const poll = await findManagedPoll(tx, actor, pollId, true);
    if (poll.status !== "DRAFT")
      throw new ConflictError("Eine eröffnete Abstimmung wird nicht gelöscht; sie bleibt als Nachweis erhalten.");
    await tx.poll.delete({ where: { regionId_id: { regionId, id: pollId } } });
    return recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "poll.deleted",
      entityType: "Poll",
      entityId: pollId,
      details: { title: poll.title },
    });
  });
}

/** What the poll form offers: the region's Handlungsfelder and the decision TOPs of coming meetings. */
export async function loadPollFormChoices(tx: Tx, regionId: string, bodyIds: string[]) {
  const [fields, items] = await oneByOne(
    () =>
      tx.fieldOfAction.findMany({
        where: { regionId },
        orderBy: { position: "asc" },
        select: { id: true, name: true },
      }),
    () =>
      tx.agendaItem.findMany({
        where: {
          regionId,
          deletedAt: null,
          kind: "DECISION",
          meeting: {
            deletedAt: null,
            bodyId: { in: bodyIds },
            status: { not: "CANCELLED" },
            startsAt: { gte: new Date(Date.now() - 30 * 86_400_000) },
          },
        },
        include: { meeting: { select: { title: true, startsAt: true, bodyId: true } } },
        orderBy: [{ meeting: { startsAt: "asc" } }, { position: "asc" }],
      }),
  );
  return {
    fields,
    items: items.map((i) => ({
      id: i.id,
      bodyId: i.meeting.bodyId,
      label: `${i.meeting.title}: ${i.number} ${i.title}`,
      startsAt: i.meeting.startsAt,
    })),
  };
}
