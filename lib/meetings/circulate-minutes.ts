import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { berlinDateLong, berlinDateTimeShort } from "@/lib/core/format/berlin-dates.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { checkbox, idOf, wholeNumber } from "@/lib/core/validation/text.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { loadMemberships } from "@/lib/governance/load-composition.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";

/** The outbox key of a review mail: one per minutes, round and membership. */
export const reviewMailKey = (minutesId: string, round: number, membershipId: string) =>
  `minutes-review:${minutesId}:${round}:${membershipId}`;

/**
 * "Zur Durchsicht versenden": the draft becomes readable for the members and every member and
 * deputy sitting in the body on the meeting day (the chair among them) gets an e-mail with the
 * link to the draft, through the outbox. The form names the round it saw: pressing it again
 * (or a second tab) sends nothing; sending again needs `resend` and starts a new round.
 */
export async function circulateMinutes(actor: Actor, input: unknown) {
  authorize(actor, "minutes.write");
  const data = parseInput(
    z.object({
      meetingId: idOf("eine Sitzung"),
      round: wholeNumber("die Runde", { min: 0, max: 1_000_000 }),
      resend: checkbox,
    }),
    input,
  );
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const meeting = await tx.meeting.findUnique({
      where: { regionId_id: { regionId, id: data.meetingId } },
      include: { body: { select: { name: true } } },
    });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    const minutes = await tx.minutes.findUnique({ where: { regionId_meetingId: { regionId, meetingId: meeting.id } } });
    if (!minutes) throw new ConflictError("Bitte speichern Sie zuerst einen Entwurf des Protokolls.");
    if (minutes.status === "APPROVED") throw new ConflictError("Das Protokoll ist bereits genehmigt.");
    const already = minutes.circulatedAt
      ? `Der Entwurf wurde bereits am ${berlinDateTimeShort.format(minutes.circulatedAt)} Uhr zur Durchsicht versandt`
      : "";
    // a second press of the same form, or a round started by someone else meanwhile: nothing new
    if (data.round !== minutes.circulationRound || (minutes.circulationRound > 0 && !data.resend))
      return { queued: 0, withoutAddress: [], alreadySent: already || "Der Entwurf wurde bereits versandt" };

    const round = minutes.circulationRound + 1;
    const claimed = await tx.minutes.updateMany({
      where: { regionId, id: minutes.id, circulationRound: minutes.circulationRound, status: { not: "APPROVED" } },
      data: { status: "CIRCULATED", circulatedAt: new Date(), circulationRound: round, version: { increment: 1 } },
    });
    if (claimed.count !== 1) return { queued: 0, withoutAddress: [], alreadySent: "Der Entwurf wurde soeben versandt" };

    const [region, memberships] = await oneByOne(
      () => tx.region.findUniqueOrThrow({ where: { id: regionId } }),
      () => loadMemberships(tx, regionId, meeting.bodyId),
    );
    const recipients = memberships.filter((m) => isSitting(m, meeting.startsAt));
    const persons = await tx.person.findMany({
      where: { regionId, id: { in: recipients.map((m) => m.personId) } },
      select: { id: true, email: true },
    });
    const emailOf = new Map(persons.map((p) => [p.id, p.email]));
    const link = portalUrl(`/${region.slug}/intern/sitzungen/${meeting.id}/protokoll`);
    const day = berlinDateLong.format(meeting.startsAt);
    const withAddress = recipients.filter((m) => emailOf.get(m.personId));
    const created = await tx.outboxEmail.createMany({
      skipDuplicates: true,
      data: withAddress.map((m) => ({
        regionId,
        idempotencyKey: reviewMailKey(minutes.id, round, m.id),
        toAddress: emailOf.get(m.personId)!,
        subject: `Protokollentwurf zur Durchsicht: ${meeting.title} am ${day}`,
        textBody: `Guten Tag ${m.personName},\n\n${round > 1 ? "eine überarbeitete Fassung des" : "der"} Entwurf${round > 1 ? "s" : ""} des Protokolls der Sitzung „${meeting.title}“ des Gremiums ${meeting.body.name} vom ${day} liegt zur Durchsicht bereit.\n\nBitte lesen Sie ihn im Portal. Anmerkungen können Sie dort bei jedem Tagesordnungspunkt hinterlassen, solange die Durchsicht läuft:\n${link}\n\nIhr Bildungsbüro ${region.name}`,
      })),
    });
    const withoutAddress = recipients.filter((m) => !emailOf.get(m.personId)).map((m) => m.personName);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "minutes.circulated",
      entityType: "Minutes",
      entityId: minutes.id,
      details: { round, queued: created.count, withoutAddress },
    });
    return { queued: created.count, withoutAddress, alreadySent: "" };
  });
}
