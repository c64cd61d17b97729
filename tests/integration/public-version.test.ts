import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { createOffer, setOfferStatus } from "../../lib/offers/manage-offers.ts";
import { publicRead } from "../../lib/core/public-cache/public-read.ts";
import pg from "pg";
import { findRegionBySlug } from "../../lib/regions/find-region-by-slug.ts";
import { findPublicRegion, keepsPublicRegions } from "../../lib/regions/public-region.ts";
import { saveLegalPage } from "../../lib/regions/legal-pages.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let office: Actor;
const version = async (regionId: string) =>
  (
    await withoutRegion((tx) =>
      tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { publicVersion: true } }),
    )
  ).publicVersion;
const region = async (regionId: string) =>
  withoutRegion((tx) => tx.region.findUniqueOrThrow({ where: { id: regionId } }));

beforeAll(async () => {
  regions = await twoRegions();
  office = await actorFor(regions.a.region.id, regions.a.user.id);
});

describe("the public version of a region (cache key of public pages)", () => {
  it("counts up once per transaction that changes public content, and only for that region", async () => {
    const a0 = await version(regions.a.region.id);
    const b0 = await version(regions.b.region.id);
    // one use case, one transaction: offer, place, dates and Handlungsfeld links
    const offer = await createOffer(office, {
      title: "Lernwerkstatt Wald",
      summary: "Draußen forschen.",
      kind: "PROJECT",
      isFree: "on",
      dates: "14.03.2027 10:00\n21.03.2027 10:00",
      placeName: "Waldschule",
      city: "Hilden",
      [`field:${regions.a.fields[0]!.id}`]: "on",
    });
    expect(await version(regions.a.region.id)).toBe(a0 + 1);
    await setOfferStatus(office, { offerId: offer.id, step: "publish" });
    await saveLegalPage(office, { kind: "IMPRINT", body: "Verantwortlich: Bildungsbüro" });
    expect(await version(regions.a.region.id)).toBe(a0 + 3);
    expect(await version(regions.b.region.id)).toBe(b0);
  });

  it("counts up when the region's own public data changes, and not for internal tables", async () => {
    const before = await version(regions.a.region.id);
    await withoutRegion((tx) =>
      tx.region.update({ where: { id: regions.a.region.id }, data: { about: "Neu: Bildung in der Region." } }),
    );
    expect(await version(regions.a.region.id)).toBe(before + 1);
    await withRegion(regions.a.region.id, (tx) =>
      tx.person.update({
        where: { regionId_id: { regionId: regions.a.region.id, id: regions.a.person.id } },
        data: { organisation: "Bildungsbüro" },
      }),
    );
    expect(await version(regions.a.region.id)).toBe(before + 1);
  });

  it("a rolled-back change does not count", async () => {
    const before = await version(regions.a.region.id);
    await expect(
      withRegion(regions.a.region.id, async (tx) => {
        await tx.locality.create({ data: { regionId: regions.a.region.id, kind: "MUNICIPALITY", name: "Haan" } });
        throw new Error("abgebrochen");
      }),
    ).rejects.toThrow("abgebrochen");
    expect(await version(regions.a.region.id)).toBe(before);
  });
});

describe("publicRead", () => {
  it("serves a region's read from the cache until the region's version changes", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const current = await region(regions.a.region.id);
    expect(await publicRead(current, "test", load)).toBe(1);
    expect(await publicRead(current, "test", load)).toBe(1);
    expect(await publicRead(await region(regions.b.region.id), "test", load)).toBe(2); // other region, own entry
    await withRegion(regions.a.region.id, (tx) =>
      tx.locality.create({ data: { regionId: regions.a.region.id, kind: "QUARTER", name: "Altstadt" } }),
    );
    const changed = await region(regions.a.region.id);
    expect(changed.publicVersion).toBe(current.publicVersion + 1);
    expect(await publicRead(changed, "test", load)).toBe(3);
    expect(loads).toBe(3);
  });

  it("concurrent misses share one load", async () => {
    let loads = 0;
    const current = await region(regions.b.region.id);
    const values = await Promise.all(
      Array.from({ length: 10 }, () =>
        publicRead(current, "shared", async () => {
          loads++;
          await new Promise((r) => setTimeout(r, 20));
          return "x";
        }),
      ),
    );
    expect(values).toEqual(Array(10).fill("x"));
    expect(loads).toBe(1);
  });

  it("the region of a public page carries its version", async () => {
    const found = await findRegionBySlug(regions.a.region.slug);
    expect(found?.publicVersion).toBe(await version(regions.a.region.id));
  });

  it("the region of a public page (one plain statement) has every field the ORM reads, with the same values", async () => {
    const viaOrm = await withoutRegion((tx) =>
      tx.region.findUnique({
        where: { slug: regions.b.region.slug },
        include: { governmentDistrict: { select: { name: true, slug: true } } },
      }),
    );
    expect(await findRegionBySlug(regions.b.region.slug)).toEqual(viaOrm);
    expect(await findRegionBySlug("gibt-es-nicht")).toBeNull();
    expect(await findRegionBySlug("intern")).toBeNull();
  });
});

/** Polls `check` every 20 ms until it holds; fails after `ms`. */
async function eventually(check: () => Promise<boolean> | boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`nicht innerhalb von ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Another server process (or a script): its own connection, its own commit. */
async function elsewhere(sql: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe("the region of a public page, kept in the process", () => {
  it("is kept once the change channel is live, and is the database's region", async () => {
    await findPublicRegion(regions.a.region.slug);
    await eventually(keepsPublicRegions);
    const first = await findPublicRegion(regions.a.region.slug);
    expect(first).toEqual(await findRegionBySlug(regions.a.region.slug));
    expect(await findPublicRegion(regions.a.region.slug)).toBe(first); // the same object: no query
    expect(await findPublicRegion("gibt-es-nicht")).toBeNull();
  });

  it("a change committed by any connection shows within moments: the region's own data and its version", async () => {
    await eventually(keepsPublicRegions);
    const before = (await findPublicRegion(regions.a.region.slug))!;
    await elsewhere(`UPDATE "Region" SET about = $1 WHERE id = $2`, [
      "Geändert von einem anderen Prozess.",
      regions.a.region.id,
    ]);
    await eventually(
      async () => (await findPublicRegion(regions.a.region.slug))?.about === "Geändert von einem anderen Prozess.",
      2_000,
    );
    expect((await findPublicRegion(regions.a.region.slug))!.publicVersion).toBe(before.publicVersion + 1);

    // content of the region: the version triggers raise the counter at commit, which notifies too
    const kept = (await findPublicRegion(regions.a.region.slug))!;
    await withRegion(regions.a.region.id, (tx) =>
      tx.locality.create({ data: { regionId: regions.a.region.id, kind: "QUARTER", name: "Neustadt" } }),
    );
    await eventually(
      async () => (await findPublicRegion(regions.a.region.slug))!.publicVersion === kept.publicVersion + 1,
      2_000,
    );
    // the other region was not dropped
    const b = await findPublicRegion(regions.b.region.slug);
    expect(await findPublicRegion(regions.b.region.slug)).toBe(b);
  });

  it("a rolled-back change sends nothing: the kept region stays", async () => {
    await eventually(keepsPublicRegions);
    const kept = await findPublicRegion(regions.b.region.slug);
    await expect(
      withoutRegion(async (tx) => {
        await tx.region.update({ where: { id: regions.b.region.id }, data: { about: "Nie gespeichert." } });
        throw new Error("abgebrochen");
      }),
    ).rejects.toThrow("abgebrochen");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await findPublicRegion(regions.b.region.slug)).toBe(kept);
  });

  it("while the channel is lost nothing is kept: every request asks the database, until it is back", async () => {
    await eventually(keepsPublicRegions);
    await findPublicRegion(regions.b.region.slug);
    await elsewhere(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'bildungsnetz-listen' AND datname = current_database()`,
      [],
    );
    await eventually(() => !keepsPublicRegions(), 2_000);
    // a change nobody is told about
    await elsewhere(`UPDATE "Region" SET about = $1 WHERE id = $2`, ["Während der Funkstille.", regions.b.region.id]);
    expect((await findPublicRegion(regions.b.region.slug))?.about).toBe("Während der Funkstille.");
    const asked = await findPublicRegion(regions.b.region.slug);
    expect(await findPublicRegion(regions.b.region.slug)).not.toBe(asked); // not kept
    // reconnected after a second, and kept again
    await eventually(keepsPublicRegions, 5_000);
    const again = await findPublicRegion(regions.b.region.slug);
    expect(await findPublicRegion(regions.b.region.slug)).toBe(again);
    expect(again?.about).toBe("Während der Funkstille.");
  });
});
