import "@/lib/core/server-only.ts";
import { createEvents, type EventAttributes } from "ics";
import { withRegion } from "@/lib/core/db/client.ts";
import { isSlug } from "@/lib/core/validation/slug.ts";

export interface PublicDate {
  uid: string;
  kind: "meeting" | "offer" | "event";
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string;
  /** Path of the public page about it. */
  path: string;
  description: string;
}

/**
 * Public dates of a region, from 30 days ago on: public meetings that are not cancelled,
 * public events (conferences, Fachtagungen, forums) and the dates of published offers. With a
 * Handlungsfeld (slug), only offers linked to it and events with a forum on it.
 * Returns null for an unknown Handlungsfeld.
 */
export async function listPublicDates(
  region: { id: string; slug: string },
  options: { fieldSlug?: string | null; limit?: number } = {},
): Promise<{ dates: PublicDate[]; fieldName: string | null } | null> {
  const regionId = region.id;
  const since = new Date(Date.now() - 30 * 86_400_000);
  const limit = options.limit ?? 500;
  if (options.fieldSlug && !isSlug(options.fieldSlug)) return null;
  return withRegion(regionId, async (tx) => {
    const field = options.fieldSlug
      ? await tx.fieldOfAction.findUnique({ where: { regionId_slug: { regionId, slug: options.fieldSlug } } })
      : null;
    if (options.fieldSlug && !field) return null;
    const meetings = field
      ? []
      : await tx.meeting.findMany({
          where: { regionId, isPublic: true, deletedAt: null, status: { not: "CANCELLED" }, startsAt: { gte: since } },
          orderBy: { startsAt: "asc" },
          take: limit,
          include: { body: { select: { name: true, slug: true } } },
        });
    const events = await tx.event.findMany({
      where: {
        regionId,
        isPublic: true,
        deletedAt: null,
        startsAt: { gte: since },
        ...(field ? { forums: { some: { fieldOfActionId: field.id } } } : {}),
      },
      orderBy: { startsAt: "asc" },
      take: limit,
    });
    const offerDates = await tx.offerDate.findMany({
      where: {
        regionId,
        startsAt: { gte: since },
        offer: {
          status: "PUBLISHED",
          deletedAt: null,
          ...(field ? { fieldsOfAction: { some: { fieldOfActionId: field.id } } } : {}),
        },
      },
      orderBy: { startsAt: "asc" },
      take: limit,
      include: {
        offer: {
          select: {
            id: true,
            title: true,
            summary: true,
            place: { select: { name: true, street: true, postalCode: true, city: true } },
          },
        },
      },
    });
    const dates: PublicDate[] = [
      ...meetings.map((m) => ({
        uid: `meeting-${m.id}@bildungsnetz`,
        kind: "meeting" as const,
        title: `${m.title} (${m.body.name})`,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        location: m.location || m.onlineUrl,
        path: `/${region.slug}/gremien/${m.body.slug}`,
        description: `Öffentliche Sitzung: ${m.body.name}`,
      })),
      ...events.map((e) => ({
        uid: `event-${e.id}@bildungsnetz`,
        kind: "event" as const,
        title: e.title,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        location: e.location,
        path: `/${region.slug}/veranstaltungen/${e.id}`,
        description: e.description.slice(0, 500),
      })),
      ...offerDates.map((d) => {
        const p = d.offer.place;
        return {
          uid: `offer-date-${d.id}@bildungsnetz`,
          kind: "offer" as const,
          title: d.offer.title,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          location: p
            ? [p.name, p.street, [p.postalCode, p.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")
            : "",
          path: `/${region.slug}/angebote/${d.offer.id}`,
          description: [d.offer.summary, d.note].filter(Boolean).join("\n"),
        };
      }),
    ];
    return {
      dates: dates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, limit),
      fieldName: field?.name ?? null,
    };
  });
}

/** The dates as one iCalendar file (RFC 5545), generated with `ics`; stable UIDs per date. */
export function publicDatesToIcs(dates: PublicDate[], calendarName: string, origin: string): string {
  const events: EventAttributes[] = dates.map((d) => ({
    uid: d.uid,
    title: d.title,
    description: d.description || undefined,
    location: d.location || undefined,
    url: new URL(d.path, origin).toString(),
    start: d.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    ...(d.endsAt
      ? { end: d.endsAt.getTime(), endInputType: "utc" as const, endOutputType: "utc" as const }
      : { duration: { hours: 2 } }),
    status: "CONFIRMED",
  }));
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid subscription.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Bildungsnetz NRW//Termine//DE",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${calendarName.replace(/[\\;,\n]/g, " ")}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, {
    productId: "-//Bildungsnetz NRW//Termine//DE",
    method: "PUBLISH",
    calName: calendarName,
  });
  if (error || !value) throw error ?? new Error("iCalendar-Datei konnte nicht erzeugt werden");
  return value;
}
