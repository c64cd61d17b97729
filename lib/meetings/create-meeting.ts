import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { berlinDateTime } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf } from "@/lib/core/validation/text.ts";

const DAY = 86_400_000;

/**
 * Dates that make sense for a meeting: the end after the start and on the same sitting (at most
 * 24 hours), the start at most a year back (a meeting entered late) and at most five years ahead
 * — a typo such as 2021 for 2027 or 2207 is refused instead of stored.
 */
export function meetingDateIssues(startsAt: Date, endsAt: Date | null, now = new Date()) {
  const issues: { path: "startsAt" | "endsAt"; message: string }[] = [];
  if (startsAt.getTime() < now.getTime() - 365 * DAY)
    issues.push({
      path: "startsAt",
      message: "Der Beginn liegt mehr als ein Jahr zurück. Bitte prüfen Sie das Datum.",
    });
  if (startsAt.getTime() > now.getTime() + 5 * 365 * DAY)
    issues.push({
      path: "startsAt",
      message: "Der Beginn liegt mehr als fünf Jahre in der Zukunft. Bitte prüfen Sie das Datum.",
    });
  if (endsAt && endsAt <= startsAt) issues.push({ path: "endsAt", message: "Das Ende muss nach dem Beginn liegen." });
  else if (endsAt && endsAt.getTime() - startsAt.getTime() > DAY)
    issues.push({
      path: "endsAt",
      message: "Eine Sitzung dauert höchstens 24 Stunden. Bitte prüfen Sie das Ende.",
    });
  return issues;
}

export const meetingSchema = z
  .object({
    bodyId: idOf("ein Gremium"),
    title: cleanText("den Titel", { min: 3, max: 200 }),
    startsAt: berlinDateTime("den Beginn"),
    endsAt: blankable(berlinDateTime("das Ende"), null),
    location: cleanText("den Ort", { max: 300 }),
    onlineUrl: blankable(
      cleanText("den Link", { max: 500 }).refine((v) => /^https:\/\/[^\s]+$/.test(v), {
        error: "Der Link muss mit https:// beginnen.",
      }),
      "",
    ),
    isPublic: checkbox,
  })
  .superRefine((value, ctx) => {
    for (const issue of meetingDateIssues(value.startsAt, value.endsAt))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    if (!value.location && !value.onlineUrl)
      ctx.addIssue({
        code: "custom",
        path: ["location"],
        message: "Bitte geben Sie einen Ort oder einen Link zur Online-Sitzung an.",
      });
  });

/** Plans a meeting of one of the region's bodies. */
export async function createMeeting(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const data = parseInput(meetingSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const body = await tx.body.findUnique({ where: { regionId_id: { regionId: actor.regionId, id: data.bodyId } } });
    if (!body) throw new NotFoundError();
    const meeting = await tx.meeting.create({ data: { ...data, regionId: actor.regionId } });
    await recordAudit(tx, {
      regionId: actor.regionId,
      actorId: actor.userId,
      action: "meeting.created",
      entityType: "Meeting",
      entityId: meeting.id,
      details: { title: data.title, body: body.name, startsAt: data.startsAt.toISOString() },
    });
    return meeting;
  });
}
