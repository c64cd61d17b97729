// schema.org description of a published offer, for search engines (JSON-LD): an Event for
// events, a Place for außerschulische Lernorte, a Course for projects, counselling and
// further training.

interface OfferForJsonLd {
  title: string;
  summary: string;
  kind: "PROJECT" | "EVENT" | "LEARNING_PLACE" | "COUNSELLING" | "TRAINING";
  isFree: boolean;
  priceCents: number | null;
  wheelchairAccessible: boolean;
  languages: string[];
  place: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    latitude: number | null;
    longitude: number | null;
  } | null;
  partner: { name: string; website: string } | null;
  dates: { startsAt: Date; endsAt: Date | null }[];
}

export function offerJsonLd(offer: OfferForJsonLd, url: string, regionName: string): Record<string, unknown> {
  const place = offer.place
    ? {
        "@type": "Place",
        name: offer.place.name,
        address: {
          "@type": "PostalAddress",
          streetAddress: offer.place.street || undefined,
          postalCode: offer.place.postalCode || undefined,
          addressLocality: offer.place.city || undefined,
          addressCountry: "DE",
        },
        ...(offer.place.latitude !== null && offer.place.longitude !== null
          ? { geo: { "@type": "GeoCoordinates", latitude: offer.place.latitude, longitude: offer.place.longitude } }
          : {}),
      }
    : undefined;
  const organizer = {
    "@type": "Organization",
    name: offer.partner?.name ?? `Regionales Bildungsnetzwerk ${regionName}`,
    ...(offer.partner?.website ? { url: offer.partner.website } : {}),
  };
  const price = offer.isFree
    ? { isAccessibleForFree: true }
    : offer.priceCents !== null
      ? { offers: { "@type": "Offer", price: (offer.priceCents / 100).toFixed(2), priceCurrency: "EUR" } }
      : {};
  const common = {
    "@context": "https://schema.org",
    name: offer.title,
    description: offer.summary || undefined,
    url,
    inLanguage: offer.languages.length ? offer.languages : "de",
  };
  const next = offer.dates.find((d) => d.startsAt.getTime() >= Date.now()) ?? offer.dates.at(-1);
  if (offer.kind === "LEARNING_PLACE" && place) {
    return {
      ...common,
      ...place,
      ...(offer.wheelchairAccessible
        ? { amenityFeature: { "@type": "LocationFeatureSpecification", name: "rollstuhlgerecht", value: true } }
        : {}),
      isAccessibleForFree: offer.isFree,
    };
  }
  if (offer.kind === "EVENT" && next) {
    return {
      ...common,
      "@type": "Event",
      startDate: next.startsAt.toISOString(),
      ...(next.endsAt ? { endDate: next.endsAt.toISOString() } : {}),
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      ...(place ? { location: place } : {}),
      organizer,
      ...price,
    };
  }
  return {
    ...common,
    "@type": "Course",
    provider: organizer,
    ...price,
    ...(offer.dates.length
      ? {
          hasCourseInstance: offer.dates.map((d) => ({
            "@type": "CourseInstance",
            courseMode: "Onsite",
            startDate: d.startsAt.toISOString(),
            ...(d.endsAt ? { endDate: d.endsAt.toISOString() } : {}),
            ...(place ? { location: place } : {}),
          })),
        }
      : {}),
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
