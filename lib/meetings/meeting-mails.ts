import "@/lib/core/server-only.ts";
import { berlinDateTime as dateFormat } from "@/lib/core/format/berlin-dates.ts";
import { oneByOne, type Tx } from "@/lib/core/db/client.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { berlinToday } from "@/lib/core/validation/berlin-time.ts";
import { isSitting } from "@/lib/governance/check-composition.ts";
import { currentAgreement, loadMemberships } from "@/lib/governance/load-composition.ts";
import { AGENDA_KIND_LABEL } from "./labels.ts";
import { icsContentType, meetingToIcs, type CalendarMeeting } from "./meeting-calendar.ts";

// What the office sends about a meeting: the invitation (also shown as a preview before it goes
// out), the Änderungsmitteilung after a changed date or place, and the cancellation. All three
// carry the same calendar entry (one UID) with a rising SEQUENCE (Meeting.icsSequence).

const DAY = 86_400_000;

interface MeetingForMail extends CalendarMeeting {
  bodyId: string;
  icsSequence: number;
  body: { name: string };
}

/** The sender of the portal's mails as ORGANIZER of the calendar entry (the address MAIL_FROM names). */
export function mailOrganizer(): { name: string; email: string } {
  const from = process.env.MAIL_FROM ?? "Bildungsnetz NRW <no-reply@bildungsnetz.example>";
  const match = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim() || "Bildungsnetz NRW", email: match[2]!.trim() } : { name: "", email: from };
}

export const when = (meeting: Pick<CalendarMeeting, "startsAt">) => `${dateFormat.format(meeting.startsAt)} Uhr`;
export const where = (meeting: Pick<CalendarMeeting, "location" | "onlineUrl">) =>
  [meeting.location, meeting.onlineUrl].filter(Boolean).join(" · ");

/** Whole Berlin calendar days from `now` to the meeting day (0: today). */
export function daysBefore(startsAt: Date, now = new Date()): number {
  return Math.round((berlinToday(startsAt).getTime() - berlinToday(now).getTime()) / DAY);
}

/**
 * Everything an invitation needs, read in the caller's transaction: the agenda, who sits in the
 * body on the meeting day (members and deputies, with or without address), the Ladungsfrist of
 * the contract and whether it is kept, and the mail text for each recipient.
 */
export async function loadInvitation(tx: Tx, regionId: string, meeting: MeetingForMail, now = new Date()) {
  const [region, agenda, memberships, agreement] = await oneByOne(
    () => tx.region.findUniqueOrThrow({ where: { id: regionId } }),
    () =>
      tx.agendaItem.findMany({
        where: { regionId, meetingId: meeting.id, deletedAt: null },
        orderBy: { position: "asc" },
      }),
    () => loadMemberships(tx, regionId, meeting.bodyId),
    () => currentAgreement(tx, regionId),
  );
  const sitting = memberships.filter((m) => isSitting(m, meeting.startsAt));
  const persons = await tx.person.findMany({
    where: { regionId, id: { in: sitting.map((m) => m.personId) } },
    select: { id: true, email: true },
  });
  const emailOf = new Map(persons.map((p) => [p.id, p.email]));
  const recipients = sitting.map((m) => ({
    membershipId: m.id,
    name: m.personName,
    seat: m.seatCategory.name,
    isDeputy: m.deputyOfId !== null,
    email: emailOf.get(m.personId) ?? "",
  }));

  const agendaText = agenda
    .map(
      (item) =>
        `${item.number}: ${item.title} (${AGENDA_KIND_LABEL[item.kind]}${item.isPublic ? "" : ", nicht öffentlich"})`,
    )
    .join("\n");
  const link = portalUrl(`/${region.slug}/intern/sitzungen/${meeting.id}`);
  const subject = `Einladung: ${meeting.title} am ${when(meeting)}`;
  const textFor = (recipient: { name: string; isDeputy: boolean }) =>
    `Guten Tag ${recipient.name},\n\n${recipient.isDeputy ? "als Stellvertretung laden wir Sie" : "wir laden Sie"} zur Sitzung „${meeting.title}“ des Gremiums ${meeting.body.name} ein.\n\nWann: ${when(meeting)}\nWo: ${where(meeting)}\n\nTagesordnung:\n${agendaText}\n\nUnterlagen und Tagesordnung im Portal: ${link}\n\nDen Termin für Ihren Kalender finden Sie im Anhang.\n\nIhr Bildungsbüro ${region.name}`;

  const noticePeriodDays = agreement?.noticePeriodDays ?? null;
  const daysAhead = daysBefore(meeting.startsAt, now);
  const isShortNotice = noticePeriodDays !== null && daysAhead < noticePeriodDays;
  return {
    region,
    agenda,
    agendaText,
    recipients,
    subject,
    textFor,
    notice: { noticePeriodDays, daysAhead, isShortNotice },
  };
}

/** "Die Ladungsfrist von 14 Tagen ist unterschritten …" — the warning before sending and in the history. */
export function shortNoticeWarning(noticePeriodDays: number, daysAhead: number): string {
  const ahead =
    daysAhead < 0
      ? "die Sitzung liegt schon zurück"
      : daysAhead === 0
        ? "die Sitzung ist heute"
        : `bis zur Sitzung ${daysAhead === 1 ? "ist 1 Tag" : `sind ${daysAhead} Tage`}`;
  return `Die Ladungsfrist von ${noticePeriodDays} Tagen ist unterschritten: ${ahead}.`;
}

/** Every address an invitation to this meeting was queued for. */
export async function invitedAddresses(tx: Tx, regionId: string, meetingId: string): Promise<string[]> {
  const rows = await tx.outboxEmail.findMany({
    where: { regionId, idempotencyKey: { startsWith: `meeting-invitation:${meetingId}:` } },
    select: { toAddress: true },
    distinct: ["toAddress"],
    orderBy: { toAddress: "asc" },
  });
  return rows.map((r) => r.toAddress);
}

/**
 * Tells everyone invited that the meeting moved (METHOD:REQUEST) or was cancelled (METHOD:CANCEL),
 * with the same UID and the next SEQUENCE, and stores that sequence on the meeting. Returns how
 * many mails were queued (none if nobody was invited yet).
 */
export async function queueCalendarNotice(
  tx: Tx,
  regionId: string,
  meeting: MeetingForMail,
  kind: "change" | "cancel",
  changes: string[] = [],
): Promise<number> {
  const addresses = await invitedAddresses(tx, regionId, meeting.id);
  if (addresses.length === 0) return 0;
  const region = await tx.region.findUniqueOrThrow({ where: { id: regionId } });
  const sequence = meeting.icsSequence + 1;
  const method = kind === "change" ? "REQUEST" : "CANCEL";
  const organizer = mailOrganizer();
  const link = portalUrl(`/${region.slug}/intern/sitzungen/${meeting.id}`);
  const subject =
    kind === "change"
      ? `Änderung: ${meeting.title} am ${when(meeting)}`
      : `Absage: ${meeting.title} am ${when(meeting)}`;
  const text =
    kind === "change"
      ? `Guten Tag,\n\ndie Sitzung „${meeting.title}“ des Gremiums ${meeting.body.name} hat sich geändert:\n${changes.map((c) => `- ${c}`).join("\n")}\n\nNeu:\nWann: ${when(meeting)}\nWo: ${where(meeting)}\n\nDie Sitzung im Portal: ${link}\n\nDer geänderte Termin für Ihren Kalender ist angehängt; er ersetzt den bisherigen Eintrag.\n\nIhr Bildungsbüro ${region.name}`
      : `Guten Tag,\n\ndie Sitzung „${meeting.title}“ des Gremiums ${meeting.body.name} am ${when(meeting)} ist abgesagt.\n\nDie angehängte Kalenderdatei entfernt den Termin aus Ihrem Kalender.\n\nIhr Bildungsbüro ${region.name}`;
  const description = kind === "change" ? `Geändert:\n${changes.join("\n")}\n\n${link}` : "Die Sitzung ist abgesagt.";
  await tx.outboxEmail.createMany({
    skipDuplicates: true,
    data: addresses.map((address) => ({
      regionId,
      idempotencyKey: `meeting-${kind}:${meeting.id}:${sequence}:${address}`,
      toAddress: address,
      subject,
      textBody: text,
      attachments: [
        {
          filename: kind === "change" ? "sitzung-geaendert.ics" : "sitzung-abgesagt.ics",
          content: meetingToIcs(meeting, description, {
            method,
            sequence,
            organizer,
            attendee: { name: address, email: address },
          }),
          contentType: icsContentType(method),
        },
      ],
    })),
  });
  await tx.meeting.update({
    where: { regionId_id: { regionId, id: meeting.id } },
    data: { icsSequence: sequence },
  });
  return addresses.length;
}
