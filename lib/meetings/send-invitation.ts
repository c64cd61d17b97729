import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { berlinDateTime as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { ConflictError, NotFoundError } from "@/lib/core/errors.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { loadMemberships } from "@/lib/governance/load-composition.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { idOf } from "@/lib/core/validation/text.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { AGENDA_KIND_LABEL } from "./labels.ts";
import { meetingToIcs } from "./meeting-calendar.ts";

/**
 * Invites every member and deputy sitting in the body on the meeting day: one e-mail each
 * through the outbox, with the full agenda and the meeting as .ics attachment. Sending the
 * same agenda version twice queues nothing new; a changed agenda can be sent again.
 */
export async function sendInvitation(actor: Actor, input: unknown) {
  authorize(actor, "meetings.write");
  const { meetingId } = parseInput(z.object({ meetingId: idOf("eine Sitzung") }), input);
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const where = { regionId_id: { regionId, id: meetingId } };
    const meeting = await tx.meeting.findUnique({ where, include: { body: true } });
    if (!meeting || meeting.deletedAt) throw new NotFoundError();
    if (meeting.status === "CANCELLED" || meeting.status === "HELD")
      throw new ConflictError("Zu einer abgesagten oder bereits durchgeführten Sitzung wird nicht mehr eingeladen.");
    const [region, agenda, memberships] = await oneByOne(
      () => tx.region.findUniqueOrThrow({ where: { id: regionId } }),
      () => tx.agendaItem.findMany({ where: { regionId, meetingId, deletedAt: null }, orderBy: { position: "asc" } }),
      () => loadMemberships(tx, regionId, meeting.bodyId),
    );
    if (agenda.length === 0) throw new ConflictError("Bitte stellen Sie zuerst die Tagesordnung auf.");
    const recipients = memberships.filter((m) => isSitting(m, meeting.startsAt));
    const persons = await tx.person.findMany({
      where: { regionId, id: { in: recipients.map((m) => m.personId) } },
      select: { id: true, email: true },
    });
    const emailOf = new Map(persons.map((p) => [p.id, p.email]));

    const agendaText = agenda
      .map(
        (item) =>
          `${item.number}: ${item.title} (${AGENDA_KIND_LABEL[item.kind]}${item.isPublic ? "" : ", nicht öffentlich"})`,
      )
      .join("\n");
    const when = `${dateFormat.format(meeting.startsAt)} Uhr`;
    const where_ = [meeting.location, meeting.onlineUrl].filter(Boolean).join(" · ");
    const ics = meetingToIcs(meeting, `Tagesordnung:\n${agendaText}`);
    const link = portalUrl(`/${region.slug}/intern/sitzungen/${meeting.id}`);

    const withAddress = recipients.filter((m) => emailOf.get(m.personId));
    const created = await tx.outboxEmail.createMany({
      skipDuplicates: true,
      data: withAddress.map((m) => ({
        regionId,
        idempotencyKey: `meeting-invitation:${meeting.id}:${meeting.version}:${m.id}`,
        toAddress: emailOf.get(m.personId)!,
        subject: `Einladung: ${meeting.title} am ${when}`,
        textBody: `Guten Tag ${m.personName},\n\n${m.deputyOfId ? "als Stellvertretung laden wir Sie" : "wir laden Sie"} zur Sitzung „${meeting.title}“ des Gremiums ${meeting.body.name} ein.\n\nWann: ${when}\nWo: ${where_}\n\nTagesordnung:\n${agendaText}\n\nUnterlagen und Tagesordnung im Portal: ${link}\n\nDen Termin für Ihren Kalender finden Sie im Anhang.\n\nIhr Bildungsbüro ${region.name}`,
        attachments: [
          { filename: "sitzung.ics", content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" },
        ],
      })),
    });
    if (meeting.status === "PLANNED") await tx.meeting.update({ where, data: { status: "INVITED" } });
    const withoutAddress = recipients.filter((m) => !emailOf.get(m.personId)).map((m) => m.personName);
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "meeting.invitation-sent",
      entityType: "Meeting",
      entityId: meeting.id,
      details: { queued: created.count, withoutAddress, agendaVersion: meeting.version },
    });
    return { queued: created.count, alreadyQueued: withAddress.length - created.count, withoutAddress };
  });
}
