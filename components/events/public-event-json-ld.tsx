import type { getPublicEvent } from "@/lib/events/get-public-event";
import { jsonForScript } from "@/lib/offers/offer-json-ld";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";
import { origin } from "@/lib/core/http/site-origin";

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>["event"];

/** schema.org description of a public event, for search engines. */
export function PublicEventJsonLd({
  region,
  event,
  path,
  placesLeft,
}: {
  region: Pick<RegionSummary, "name">;
  event: PublicEvent;
  path: string;
  placesLeft: number;
}) {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description || undefined,
    inLanguage: "de",
    url: `${origin()}${path}`,
    startDate: event.startsAt.toISOString(),
    ...(event.endsAt ? { endDate: event.endsAt.toISOString() } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: event.location, address: event.location },
    organizer: { "@type": "Organization", name: `Regionales Bildungsnetzwerk ${region.name}` },
    isAccessibleForFree: true,
    maximumAttendeeCapacity: event.capacity,
    remainingAttendeeCapacity: placesLeft,
  };
  // A data block (not executed); jsonForScript escapes "<"
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />;
}
