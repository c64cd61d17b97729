import { describe, expect, it } from "vitest";
import { jsonForScript, offerJsonLd } from "@/lib/offers/offer-json-ld";

const base = {
  title: "Museum als Lernort",
  summary: "Workshops",
  isFree: true,
  priceCents: null,
  wheelchairAccessible: true,
  languages: [],
  place: {
    name: "Neanderthal Museum",
    street: "Talstraße 300",
    postalCode: "40822",
    city: "Mettmann",
    latitude: 51.22,
    longitude: 6.95,
  },
  partner: null,
  dates: [{ startsAt: new Date(Date.now() + 86_400_000), endsAt: null }],
};

describe("schema.org JSON-LD of an offer", () => {
  it("is a Place for a learning place, an Event for an event, a Course otherwise", () => {
    expect(offerJsonLd({ ...base, kind: "LEARNING_PLACE" }, "https://x.example/o", "Kreis Mettmann")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Place",
      name: "Neanderthal Museum",
      address: { postalCode: "40822" },
      geo: { latitude: 51.22 },
    });
    const event = offerJsonLd(
      { ...base, kind: "EVENT", isFree: false, priceCents: 500 },
      "https://x.example/o",
      "Kreis Mettmann",
    );
    expect(event).toMatchObject({
      "@type": "Event",
      name: "Museum als Lernort",
      location: { "@type": "Place" },
      offers: { price: "5.00", priceCurrency: "EUR" },
      organizer: { name: "Regionales Bildungsnetzwerk Kreis Mettmann" },
    });
    expect(offerJsonLd({ ...base, kind: "TRAINING" }, "u", "R")).toMatchObject({
      "@type": "Course",
      isAccessibleForFree: true,
      hasCourseInstance: [{ "@type": "CourseInstance" }],
    });
  });

  it("cannot close its script element", () => {
    expect(jsonForScript({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(jsonForScript({ name: "</script>" }))).toEqual({ name: "</script>" });
  });
});
