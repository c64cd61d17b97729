import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import { ValidationError } from "../../lib/core/errors.ts";
import { OPEN_DATA_LICENCE, offerFeed } from "../../lib/opendata/offer-feed.ts";
import { createOffer } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
const ORIGIN = "https://bildungsnetz.example";
const feed = async (query: string) => (await offerFeed(new URLSearchParams(query), ORIGIN))!;
const ids = (f: Awaited<ReturnType<typeof feed>>) => f.dataFeedElement.map((e) => e.item.identifier);

beforeAll(async () => {
  regions = await twoRegions();
  await withRegion(regions.a.region.id, async (tx) => {
    for (let n = 1; n <= 5; n++) {
      await createOffer(tx, regions.a.region.id, {
        title: `Offen A${n}`,
        summary: "Für alle.",
        status: "PUBLISHED",
        kind: n % 2 ? "EVENT" : "PROJECT",
        isFree: true,
        updatedAt: new Date(Date.UTC(2026, 9, n)),
      });
    }
    await createOffer(tx, regions.a.region.id, { title: "Entwurf A", status: "DRAFT" });
    await createOffer(tx, regions.a.region.id, { title: "Archiv A", status: "ARCHIVED" });
    await createOffer(tx, regions.a.region.id, { title: "Gelöscht A", status: "PUBLISHED", deletedAt: new Date() });
  });
  await withRegion(regions.b.region.id, (tx) =>
    createOffer(tx, regions.b.region.id, {
      title: "Offen B",
      summary: "Region B.",
      status: "PUBLISHED",
      updatedAt: new Date(Date.UTC(2026, 9, 3, 12)),
    }),
  );
});

describe("open offer feed /api/angebote.json", () => {
  it("a region's feed: only its published offers, as schema.org items, with licence", async () => {
    const f = await feed(`region=${regions.a.region.slug}`);
    expect(f).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DataFeed",
      license: OPEN_DATA_LICENCE.url,
      licenseName: OPEN_DATA_LICENCE.name,
    });
    const titles = f.dataFeedElement.map((e) => e.item.name);
    expect(titles).toEqual(["Offen A1", "Offen A2", "Offen A3", "Offen A4", "Offen A5"]);
    expect(f.dataFeedElement[0]!.item).toMatchObject({
      "@type": "Course",
      url: expect.stringMatching(new RegExp(`^${ORIGIN}/${regions.a.region.slug}/angebote/[0-9a-f-]{36}$`)),
    });
    expect(f.dataFeedElement[0]!.dateModified).toBe("2026-10-01T00:00:00.000Z");
    expect(f.links.next).toBeNull();
    expect(await offerFeed(new URLSearchParams("region=gibt-es-nicht"), ORIGIN)).toBeNull();
  });

  it("NRW-wide: every region's published offers, ordered by last change", async () => {
    const f = await feed("");
    const mine = f.dataFeedElement.filter((e) =>
      [regions.a.region.name, regions.b.region.name].some((n) => e.item.sourceOrganization.name.endsWith(n)),
    );
    expect(mine.map((e) => e.item.name)).toEqual([
      "Offen A1",
      "Offen A2",
      "Offen A3",
      "Offen B",
      "Offen A4",
      "Offen A5",
    ]);
  });

  it("pages with next links until every offer came exactly once, and filters by modified_since", async () => {
    const seen: string[] = [];
    let page = await feed(`region=${regions.a.region.slug}&limit=2`);
    let pages = 1;
    seen.push(...ids(page));
    while (page.links.next) {
      page = await feed(new URL(page.links.next).search.slice(1));
      expect(page.license).toBe(OPEN_DATA_LICENCE.url);
      seen.push(...ids(page));
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const since = await feed(`region=${regions.a.region.slug}&modified_since=2026-10-04`);
    expect(since.dataFeedElement.map((e) => e.item.name)).toEqual(["Offen A4", "Offen A5"]);
  });

  it("refuses malformed parameters with German messages", async () => {
    await expect(feed("limit=0")).rejects.toBeInstanceOf(ValidationError);
    await expect(feed("limit=5000")).rejects.toMatchObject({
      fieldErrors: { limit: ["limit ist eine ganze Zahl von 1 bis 1000."] },
    });
    await expect(feed("modified_since=gestern")).rejects.toMatchObject({
      fieldErrors: { modified_since: [expect.stringContaining("ISO 8601")] },
    });
    await expect(feed("after=kaputt")).rejects.toMatchObject({ fieldErrors: { after: [expect.any(String)] } });
  });
});
