import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { berlinDateTime } from "@/lib/core/validation/berlin-time.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { blankable, checkbox, cleanText, idOf } from "@/lib/core/validation/text.ts";

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
    if (value.endsAt && value.endsAt <= value.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Das Ende muss nach dem Beginn liegen." });
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
