import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { listPublicDates, publicDatesToIcs } from "../../lib/calendar/public-dates.ts";
import { withRegion } from "../../lib/core/db/client.ts";
import { createMeeting, createOffer } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

beforeAll(async () => {
  regions = await twoRegions();
  const { id: regionId } = regions.a.region;
  await withRegion(regionId, async (tx) => {
    await createMeeting(tx, regionId, {
      bodyId: regions.a.conference.id,
      title: "Bildungskonferenz 2027",
      startsAt: inDays(20),
      isPublic: true,
      location: "Stadthalle",
    });
    await createMeeting(tx, regionId, {
      bodyId: regions.a.steering.id,
      title: "Geheime Sitzung",
      startsAt: inDays(21),
      isPublic: false,
    });
    await createMeeting(tx, regionId, {
      bodyId: regions.a.conference.id,
      title: "Abgesagte Konferenz",
      startsAt: inDays(22),
      isPublic: true,
      status: "CANCELLED",
    });
    const place = await tx.place.create({
      data: { regionId, name: "zdi-Zentrum", street: "Hauptstraße 1", postalCode: "40721", city: "Hilden" },
    });
    const mint = await createOffer(tx, regionId, {
      title: "Forscherwerkstatt",
      status: "PUBLISHED",
      placeId: place.id,
    });
    await tx.offerFieldOfAction.create({
      data: { regionId, offerId: mint.id, fieldOfActionId: regions.a.fields[0]!.id },
    });
    await tx.offerDate.create({
      data: { regionId, offerId: mint.id, startsAt: inDays(5), endsAt: new Date(inDays(5).getTime() + 3 * 3_600_000) },
    });
    const other = await createOffer(tx, regionId, { title: "Theaterwerkstatt", status: "PUBLISHED" });
    await tx.offerDate.create({ data: { regionId, offerId: other.id, startsAt: inDays(8) } });
    const draft = await createOffer(tx, regionId, { title: "Entwurf eines Angebots", status: "DRAFT" });
    await tx.offerDate.create({ data: { regionId, offerId: draft.id, startsAt: inDays(9) } });
  });
  await withRegion(regions.b.region.id, async (tx) => {
    const foreign = await createOffer(tx, regions.b.region.id, {
      title: "Angebot eines anderen Kreises",
      status: "PUBLISHED",
    });
    await tx.offerDate.create({ data: { regionId: regions.b.region.id, offerId: foreign.id, startsAt: inDays(6) } });
  });
});

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("public dates and the iCalendar feed", () => {
  it("holds public meetings and published offer dates only, and parses as iCalendar", async () => {
    const found = await listPublicDates(regions.a.region);
    const ics = publicDatesToIcs(found!.dates, "Termine", "https://bildungsnetz.example");
    const events = parse(ics);
    expect(events.map((e) => e.summary)).toEqual([
      "Forscherwerkstatt",
      "Theaterwerkstatt",
      `Bildungskonferenz 2027 (${regions.a.conference.name})`,
    ]);
    const first = events[0]!;
    expect(first.location).toBe("zdi-Zentrum, Hauptstraße 1, 40721 Hilden");
    expect(first.uid).toMatch(/^offer-date-.+@bildungsnetz$/);
    expect(first.endDate.toJSDate().getTime() - first.startDate.toJSDate().getTime()).toBe(3 * 3_600_000);
    expect(ics).toContain("X-WR-CALNAME:Termine");
    expect(ics).not.toMatch(/Geheime Sitzung|Abgesagte|Entwurf|anderen Kreises/);
  });

  it("narrows to one Handlungsfeld; an unknown one is not found; an empty calendar is still valid", async () => {
    const found = await listPublicDates(regions.a.region, { fieldSlug: regions.a.fields[0]!.slug });
    expect(parse(publicDatesToIcs(found!.dates, "MINT", "https://bildungsnetz.example")).map((e) => e.summary)).toEqual(
      ["Forscherwerkstatt"],
    );
    expect(await listPublicDates(regions.a.region, { fieldSlug: "gibt-es-nicht" })).toBeNull();
    const empty = await listPublicDates(regions.a.region, { fieldSlug: regions.a.fields[1]!.slug });
    const ics = publicDatesToIcs(empty!.dates, "Leer", "https://bildungsnetz.example");
    expect(new ICAL.Component(ICAL.parse(ics)).name).toBe("vcalendar");
    expect(parse(ics)).toEqual([]);
  });
});
