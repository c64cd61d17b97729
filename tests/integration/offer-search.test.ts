import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { offerQueryParams, parseOfferQuery } from "../../lib/offers/offer-query.ts";
import { NRW_CANDIDATES, searchFacets, searchOffers } from "../../lib/offers/search-offers.ts";
import { createOffer } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let regionId: string;
let localityA: string;
let localityB: string;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const search = (params: Record<string, string>, region: string | null = regionId) =>
  searchOffers({ regionId: region }, parseOfferQuery(params).query);
const titles = async (params: Record<string, string>, region: string | null = regionId) =>
  (await search(params, region)).hits.map((h) => h.title).sort();

beforeAll(async () => {
  regions = await twoRegions();
  regionId = regions.a.region.id;
  await withRegion(regionId, async (tx) => {
    localityA = (await tx.locality.create({ data: { regionId, kind: "MUNICIPALITY", name: "Hilden" } })).id;
    localityB = (await tx.locality.create({ data: { regionId, kind: "MUNICIPALITY", name: "Ratingen" } })).id;
    const placeA = await tx.place.create({
      data: { regionId, name: "Stadtbücherei", city: "Hilden", localityId: localityA },
    });
    const placeB = await tx.place.create({
      data: { regionId, name: "Jugendzentrum", city: "Ratingen", localityId: localityB },
    });
    const published = { status: "PUBLISHED" as const, publishedAt: new Date() };
    const offers = [
      {
        title: "Leseclub an der Schule",
        summary: "Gemeinsam lesen nach dem Unterricht.",
        kind: "PROJECT" as const,
        targetGroups: ["PRIMARY" as const],
        placeId: placeA.id,
        isFree: true,
        date: 10,
      },
      {
        title: "MINT für Mädchen",
        summary: "Experimente und Programmieren.",
        kind: "EVENT" as const,
        targetGroups: ["SECONDARY_I" as const],
        placeId: placeB.id,
        isFree: false,
        priceCents: 500,
        date: 40,
      },
      {
        title: "Maedchen-Treff im Quartier",
        summary: "Offener Treff.",
        kind: "COUNSELLING" as const,
        targetGroups: ["SECONDARY_I" as const],
        placeId: placeB.id,
        isFree: true,
        date: 5,
      },
      {
        title: "Robotik-AG für Grundschulen",
        summary: "Roboter bauen und programmieren.",
        kind: "PROJECT" as const,
        targetGroups: ["PRIMARY" as const],
        placeId: placeA.id,
        isFree: true,
        wheelchairAccessible: true,
        date: 20,
      },
      {
        title: "Übergang Schule–Beruf: Praxistage",
        summary: "Betriebe kennenlernen.",
        kind: "EVENT" as const,
        targetGroups: ["SECONDARY_I" as const, "SECONDARY_II" as const],
        placeId: placeA.id,
        isFree: true,
        easyLanguage: true,
        date: 60,
      },
    ];
    for (const { date, ...offer } of offers) {
      const created = await createOffer(tx, regionId, { ...published, ...offer });
      await tx.offerDate.create({ data: { regionId, offerId: created.id, startsAt: inDays(date) } });
      if (offer.title.startsWith("Leseclub"))
        await tx.offerFieldOfAction.create({
          data: { regionId, offerId: created.id, fieldOfActionId: regions.a.fields[0]!.id },
        });
    }
    // never found: not published, or deleted
    await createOffer(tx, regionId, { title: "Leseclub Entwurf", status: "DRAFT" });
    await createOffer(tx, regionId, { title: "Leseclub in Prüfung", status: "IN_REVIEW" });
    await createOffer(tx, regionId, { title: "Leseclub archiviert", status: "ARCHIVED" });
    await createOffer(tx, regionId, { title: "Leseclub gelöscht", ...published, deletedAt: new Date() });
  });
  // the other region has a published offer with the same words
  await withRegion(regions.b.region.id, (tx) =>
    createOffer(tx, regions.b.region.id, {
      title: "Leseclub an der Schule (anderer Kreis)",
      status: "PUBLISHED",
      publishedAt: new Date(),
    }),
  );
});

describe("offer search", () => {
  it("stems German words: 'Schulen' finds 'Schule', 'programmiert' finds 'Programmieren'", async () => {
    expect(await titles({ q: "Schulen" })).toEqual([
      "Leseclub an der Schule",
      "Robotik-AG für Grundschulen",
      "Übergang Schule–Beruf: Praxistage",
    ]);
    expect(await titles({ q: "programmiert" })).toEqual(["MINT für Mädchen", "Robotik-AG für Grundschulen"]);
  });

  it("umlauts and their ae/oe/ue spellings find each other", async () => {
    expect(await titles({ q: "Maedchen" })).toEqual(["MINT für Mädchen", "Maedchen-Treff im Quartier"]);
    expect(await titles({ q: "Mädchen" })).toEqual(["MINT für Mädchen", "Maedchen-Treff im Quartier"]);
    expect(await titles({ q: "Uebergang" })).toEqual(["Übergang Schule–Beruf: Praxistage"]);
  });

  it("small typos still find; unrelated words find nothing", async () => {
    expect(await titles({ q: "Robtik" })).toEqual(["Robotik-AG für Grundschulen"]);
    expect(await titles({ q: "Lesclub" })).toEqual(["Leseclub an der Schule"]);
    expect(await titles({ q: "Astronomie" })).toEqual([]);
  });

  it("a word finds the compounds that contain it; the vocabulary holds only words of published offers", async () => {
    expect(await titles({ q: "Club" })).toEqual(["Leseclub an der Schule"]);
    expect(await titles({ q: "Grundschule" })).toEqual(["Robotik-AG für Grundschulen"]);
    const terms = (
      await withoutRegion((tx) =>
        tx.searchTerm.findMany({
          where: { term: { in: ["leseclub", "robotik", "entwurf", "pruefung", "archiviert"] } },
        }),
      )
    )
      .map((t) => t.term)
      .sort();
    expect(terms).toEqual(["leseclub", "robotik"]);
  });

  it("filters combine with AND", async () => {
    expect(await titles({ zielgruppe: "PRIMARY", kostenlos: "ja" })).toEqual([
      "Leseclub an der Schule",
      "Robotik-AG für Grundschulen",
    ]);
    expect(await titles({ zielgruppe: "PRIMARY", kostenlos: "ja", rollstuhlgerecht: "ja" })).toEqual([
      "Robotik-AG für Grundschulen",
    ]);
    expect(await titles({ q: "Mädchen", kostenlos: "ja" })).toEqual(["Maedchen-Treff im Quartier"]);
    expect(await titles({ art: "EVENT", ort: localityA })).toEqual(["Übergang Schule–Beruf: Praxistage"]);
    expect(await titles({ art: "EVENT", "leichte-sprache": "ja", ort: localityB })).toEqual([]);
    expect(await titles({ feld: regions.a.fields[0]!.slug })).toEqual(["Leseclub an der Schule"]);
    const day = (days: number) => inDays(days).toISOString().slice(0, 10);
    expect(await titles({ von: day(1), bis: day(15) })).toEqual([
      "Leseclub an der Schule",
      "Maedchen-Treff im Quartier",
    ]);
    expect(await titles({ von: day(1), bis: day(15), zielgruppe: "SECONDARY_I" })).toEqual([
      "Maedchen-Treff im Quartier",
    ]);
  });

  it("unpublished, deleted and other regions' offers never appear", async () => {
    expect(await titles({ q: "Leseclub" })).toEqual(["Leseclub an der Schule"]);
    expect(await titles({ q: "Leseclub" }, regions.b.region.id)).toEqual(["Leseclub an der Schule (anderer Kreis)"]);
    expect((await search({})).total).toBe(5);
    // the search's read model holds exactly the published, undeleted offers; anyone may read it
    const inReadModel = await withRegion(regions.b.region.id, (tx) => tx.publicOffer.count({ where: { regionId } }));
    expect(inReadModel).toBe(5);
  });

  it("the read model's partitions keep the region wall when named directly", async () => {
    const regionB = regions.b.region.id;
    const partitions = await withoutRegion(
      (tx) =>
        tx.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_inherits WHERE inhparent = '"PublicOffer"'::regclass`,
    );
    expect(partitions[0]!.n).toBe(16);
    const [{ partition }] = (await withRegion(
      regionId,
      (tx) =>
        tx.$queryRaw<
          { partition: string }[]
        >`SELECT tableoid::regclass::text AS partition FROM "PublicOffer" WHERE "regionId" = ${regionId}::uuid LIMIT 1`,
    )) as [{ partition: string }];
    expect(partition).toMatch(/^"PublicOffer_\d+"$/);
    // from the other region: its rows can be read (they are public), not changed or added to
    await withRegion(regionB, async (tx) => {
      expect(await tx.$executeRawUnsafe(`DELETE FROM ${partition} WHERE "regionId" = $1::uuid`, regionId)).toBe(0);
      expect(
        await tx.$executeRawUnsafe(
          `UPDATE ${partition} SET "isFree" = NOT "isFree" WHERE "regionId" = $1::uuid`,
          regionId,
        ),
      ).toBe(0);
    });
    await expect(
      withRegion(regionB, (tx) =>
        tx.$executeRawUnsafe(
          `INSERT INTO ${partition} SELECT "regionId", gen_random_uuid(), "searchDocument", kind, "targetGroups", "isFree", "wheelchairAccessible", "easyLanguage", "localityId", "fieldSlugs", dates FROM ${partition} WHERE "regionId" = $1::uuid LIMIT 1`,
          regionId,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await search({})).total).toBe(5);
  });

  it("sorts by date on request and pages with a total", async () => {
    const byDate = await search({ sortierung: "datum" });
    expect(byDate.hits.map((h) => h.title)[0]).toBe("Maedchen-Treff im Quartier");
    expect(byDate).toMatchObject({ total: 5, pages: 1 });
    expect((await search({ seite: "2" })).hits).toEqual([]);
  });

  it("shows and sorts by the first date from today on, in whatever order the dates were entered", async () => {
    const regionB = regions.b.region.id;
    const dated = [
      { title: "Sternwarte: Abendführung", days: [30, -3, 7] },
      { title: "Sternwarte für Familien", days: [2] },
      { title: "Sternwarte im Rückblick", days: [-5, -10] },
      { title: "Sternwarte ohne Termin", days: [] },
    ];
    await withRegion(regionB, async (tx) => {
      for (const { title, days } of dated) {
        const offer = await createOffer(tx, regionB, { title, status: "PUBLISHED", publishedAt: new Date() });
        for (const d of days)
          await tx.offerDate.create({ data: { regionId: regionB, offerId: offer.id, startsAt: inDays(d) } });
      }
    });
    const day = (d: Date | null) => d && new Date(d).toISOString().slice(0, 10);
    for (const scope of [regionB, null]) {
      const { hits } = await search({ q: "Sternwarte", sortierung: "datum" }, scope);
      // the two offers with a date ahead first, in date order; then those without one
      expect(hits.slice(0, 2).map((h) => [h.title, day(h.nextDate)])).toEqual([
        ["Sternwarte für Familien", day(inDays(2))],
        ["Sternwarte: Abendführung", day(inDays(7))],
      ]);
      expect(
        hits
          .slice(2)
          .map((h) => [h.title, h.nextDate])
          .sort(),
      ).toEqual([
        ["Sternwarte im Rückblick", null],
        ["Sternwarte ohne Termin", null],
      ]);
    }
  });

  it("across NRW, ranks at most NRW_CANDIDATES matches and says there are more", async () => {
    const regionB = regions.b.region.id;
    await withRegion(
      regionB,
      (tx) => tx.$executeRaw`
      INSERT INTO "Offer"("regionId", id, title, kind, status, "publishedAt", "updatedAt")
      SELECT ${regionB}::uuid, gen_random_uuid(), 'Ferienangebot Nummer ' || n, 'EVENT', 'PUBLISHED', now(), now() FROM generate_series(1, ${NRW_CANDIDATES + 5}) n`,
    );
    const nrw = await search({ q: "Ferienangebot" }, null);
    expect(nrw).toMatchObject({ total: NRW_CANDIDATES, capped: true, pages: NRW_CANDIDATES / 20 });
    expect(nrw.hits).toHaveLength(20);
    const region = await search({ q: "Ferienangebot" }, regionB);
    expect(region).toMatchObject({ total: NRW_CANDIDATES + 5, capped: false });
  });

  it("drops malformed parameters with a German note instead of failing", () => {
    const { query, notes } = parseOfferQuery({
      von: "morgen",
      art: "ZIRKUS",
      feld: "1 OR 1=1",
      region: "../x",
      seite: "-3",
      bis: "2026-02-30",
    });
    expect(query).toMatchObject({ from: null, kind: null, field: null, region: null, page: 1, until: null });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("„morgen“ ist kein Datum");
  });

  it("page links keep the whole query: parsing the built URL gives the same query, on the asked page", () => {
    const { query } = parseOfferQuery({
      q: "Mädchen & MINT",
      region: "kreis-mettmann",
      feld: regions.a.fields[0]!.slug,
      zielgruppe: "PRIMARY",
      art: "EVENT",
      ort: localityA,
      von: "2027-01-01",
      bis: "2027-02-01",
      kostenlos: "ja",
      rollstuhlgerecht: "ja",
      "leichte-sprache": "ja",
      sortierung: "datum",
      seite: "2",
    });
    const next = parseOfferQuery(Object.fromEntries(new URLSearchParams(offerQueryParams(query, 3)))).query;
    expect(next).toEqual({ ...query, page: 3 });
    expect(offerQueryParams(parseOfferQuery({}).query)).toBe("");
  });

  it("NRW-wide: the public catalogue finds published offers of every region, with a region filter, and nothing else", async () => {
    const all = await search({ q: "Leseclub" }, null);
    expect(all.hits).toHaveLength(2);
    expect(all.hits.map((h) => [h.title, h.regionSlug])).toEqual(
      expect.arrayContaining([
        ["Leseclub an der Schule", regions.a.region.slug],
        ["Leseclub an der Schule (anderer Kreis)", regions.b.region.slug],
      ]),
    );
    expect((await search({ q: "Leseclub", region: regions.b.region.slug }, null)).hits.map((h) => h.title)).toEqual([
      "Leseclub an der Schule (anderer Kreis)",
    ]);
    expect((await search({ q: "Mädchen", kostenlos: "ja" }, null)).hits.map((h) => h.title)).toEqual([
      "Maedchen-Treff im Quartier",
    ]);
    const facets = await searchFacets({ regionId: null });
    expect(facets.regions.map((r) => r.slug)).toEqual(
      expect.arrayContaining([regions.a.region.slug, regions.b.region.slug]),
    );
    expect(facets.fields.map((f) => f.slug)).toEqual(regions.a.fields.map((f) => f.slug)); // once each, in their order
  });

  it("the public catalogue is read-only and shows nothing but published offers and what describes them", async () => {
    const { withPublicCatalogue } = await import("../../lib/core/db/client.ts");
    const seen = await withPublicCatalogue(async (tx) => ({
      offers: await tx.offer.findMany({ select: { status: true, deletedAt: true } }),
      people: await tx.person.count(),
      meetings: await tx.meeting.count(),
      drafts: await tx.offer.count({ where: { status: { not: "PUBLISHED" } } }),
    }));
    expect(seen.offers.length).toBeGreaterThanOrEqual(6);
    expect(seen.offers.every((o) => o.status === "PUBLISHED" && o.deletedAt === null)).toBe(true);
    expect({ people: seen.people, meetings: seen.meetings, drafts: seen.drafts }).toEqual({
      people: 0,
      meetings: 0,
      drafts: 0,
    });
    const write = await withPublicCatalogue((tx) => tx.offer.updateMany({ data: { title: "überschrieben" } })).then(
      () => "ok",
      (e) => String(e),
    );
    expect(write).toMatch(/read-only transaction|25006/);
  });
});
