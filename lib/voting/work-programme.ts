import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isUniqueViolation } from "@/lib/core/db/errors.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import type { PollResult } from "./tally.ts";

const adoptSchema = z.object({
  pollId: idOf("eine Abstimmung"),
  year: wholeNumber("das Jahr", { min: 2020, max: 2100 }),
  title: cleanText("den Titel", { min: 3, max: 200 }),
});

/**
 * Adopts the ranked result of a closed priority poll as the work programme of a year: its
 * Handlungsfelder / measures in the order of the result (ties share a rank). One programme
 * per region and year.
 */
export async function adoptWorkProgramme(actor: Actor, input: unknown) {
  authorize(actor, "polls.manage");
  const data = parseInput(adoptSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const poll = await tx.poll.findUnique({
      where: { regionId_id: { regionId, id: data.pollId } },
      include: { options: true },
    });
    if (!poll) throw new NotFoundError();
    if (poll.status !== "CLOSED" && poll.status !== "PUBLISHED")
      throw new ConflictError("Ein Arbeitsprogramm entsteht aus dem Ergebnis einer geschlossenen Abstimmung.");
    const result = poll.result as unknown as PollResult;
    if (result.method === "YES_NO_ABSTAIN")
      throw new ConflictError(
        "Ein Arbeitsprogramm entsteht aus einer Prioritätenabstimmung, nicht aus einer Ja/Nein-Abstimmung.",
      );
    if (result.quorum && !result.quorum.reached)
      throw new ConflictError(
        "Die Abstimmung hat das Quorum verfehlt; ihr Ergebnis kann nicht als Arbeitsprogramm beschlossen werden.",
      );
    const optionById = new Map(poll.options.map((o) => [o.id, o]));
    const unit =
      result.method === "APPROVAL" ? "Stimmen" : result.method === "POINTS" ? "Punkte" : "vor anderen Optionen";
    try {
      const programme = await tx.workProgramme.create({
        data: {
          regionId,
          year: data.year,
          pollId: poll.id,
          title: data.title,
          adoptedById: actor.userId,
          items: {
            create: result.ranking.map((r, i) => ({
              rank: r.rank,
              position: i + 1,
              label: r.label,
              score: `${r.score} ${unit}`,
              pollOptionId: r.optionId,
              fieldOfActionId: optionById.get(r.optionId)?.fieldOfActionId ?? null,
            })),
          },
        },
      });
      await recordAudit(tx, {
        regionId,
        actorId: actor.userId,
        action: "work-programme.adopted",
        entityType: "WorkProgramme",
        entityId: programme.id,
        details: { year: data.year, poll: poll.title },
      });
      return programme;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`Für ${data.year} ist bereits ein Arbeitsprogramm beschlossen.`);
      throw error;
    }
  });
}

export async function listWorkProgrammes(actor: Actor) {
  authorize(actor, "assignments.read");
  return withRegion(actor.regionId, (tx) =>
    tx.workProgramme.findMany({
      where: { regionId: actor.regionId },
      orderBy: { year: "desc" },
      select: { year: true, title: true },
    }),
  );
}

/** The programme of a year: ranked items, each with the assignments that follow from it. */
export async function getWorkProgramme(actor: Actor, year: number) {
  authorize(actor, "assignments.read");
  if (!Number.isInteger(year)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const programme = await tx.workProgramme.findUnique({
      where: { regionId_year: { regionId, year } },
      include: {
        poll: { select: { id: true, title: true, body: { select: { name: true } } } },
        items: {
          orderBy: { position: "asc" },
          include: {
            fieldOfAction: { select: { name: true } },
            assignments: {
              orderBy: { createdAt: "asc" },
              include: { owner: { select: { givenName: true, familyName: true, title: true } } },
            },
          },
        },
      },
    });
    if (!programme) throw new NotFoundError();
    const people = await tx.person.findMany({
      where: { regionId },
      select: { id: true, givenName: true, familyName: true, title: true },
    });
    const collator = new Intl.Collator("de");
    return {
      programme: {
        ...programme,
        items: programme.items.map((item) => ({
          ...item,
          assignments: item.assignments.map((a) => ({ ...a, ownerName: a.owner ? personName(a.owner) : null })),
        })),
      },
      people: people
        .sort((a, b) => collator.compare(a.familyName, b.familyName))
        .map((p) => ({ id: p.id, label: personName(p) })),
    };
  });
}
