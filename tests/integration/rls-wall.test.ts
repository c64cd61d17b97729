import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db, oneByOne, withRegion } from "../../lib/core/db/client.ts";
import { createBody, createMembership, createPerson } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
beforeAll(async () => {
  regions = await twoRegions();
});

describe("database wall (Row-Level Security)", () => {
  it("without region context a read returns no rows and a write fails", async () => {
    // A query that "forgot" its region: straight on the client, no transaction setting.
    expect(await db().body.findMany()).toEqual([]);
    expect(await db().person.count()).toBe(0);
    await expect(
      db().body.create({
        data: { regionId: regions.a.region.id, kind: "WORKING_GROUP", slug: "ohne-region", name: "Ohne Region" },
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("the region setting does not outlive its transaction on a pooled connection", async () => {
    await withRegion(regions.a.region.id, async (tx) => {
      expect(await tx.body.count()).toBe(3);
    });
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.region_id', $1, true)", [regions.a.region.id]);
      expect((await client.query(`SELECT count(*)::int AS n FROM "Body"`)).rows[0].n).toBe(3);
      await client.query("COMMIT");
      // After the transaction the setting reads '' and the policy sees no region.
      expect((await client.query(`SELECT count(*)::int AS n FROM "Body"`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("inside region A only A's rows are visible, even without a where clause", async () => {
    const bodies = await withRegion(regions.a.region.id, (tx) => tx.body.findMany());
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((b) => b.regionId))).toEqual(new Set([regions.a.region.id]));
  });

  it("inside region A a write with region B's id fails", async () => {
    await expect(withRegion(regions.a.region.id, (tx) => createBody(tx, regions.b.region.id))).rejects.toThrow(
      /row-level security/,
    );
  });

  it("inside region A an update or delete of region B's rows changes nothing", async () => {
    const target = regions.b.steering;
    const updated = await withRegion(regions.a.region.id, (tx) =>
      tx.body.updateMany({ where: { id: target.id }, data: { name: "Übernommen" } }),
    );
    expect(updated.count).toBe(0);
    const deleted = await withRegion(regions.a.region.id, (tx) =>
      tx.person.deleteMany({ where: { id: regions.b.person.id } }),
    );
    expect(deleted.count).toBe(0);
    const unchanged = await withRegion(regions.b.region.id, (tx) =>
      tx.body.findUniqueOrThrow({ where: { regionId_id: { regionId: regions.b.region.id, id: target.id } } }),
    );
    expect(unchanged.name).toBe("Lenkungskreis");
  });

  it("a row of region A cannot point to a row of region B (composite foreign keys)", async () => {
    await expect(
      withRegion(regions.a.region.id, (tx) =>
        createMembership(tx, regions.a.region.id, {
          bodyId: regions.a.steering.id,
          personId: regions.b.person.id,
          seatCategoryId: regions.a.category("kreis").id,
        }),
      ),
    ).rejects.toThrow(/Foreign key constraint|foreign key/i);
  });

  it("a foreign id looked up inside the own region is simply not found", async () => {
    const found = await withRegion(regions.a.region.id, (tx) =>
      tx.person.findUnique({ where: { regionId_id: { regionId: regions.a.region.id, id: regions.b.person.id } } }),
    );
    expect(found).toBeNull();
  });

  it("a multi-step use case that throws halfway leaves nothing behind", async () => {
    const before = await withRegion(regions.a.region.id, (tx) => tx.person.count());
    await expect(
      withRegion(regions.a.region.id, async (tx) => {
        const person = await createPerson(tx, regions.a.region.id, { familyName: "Halbfertig" });
        await createMembership(tx, regions.a.region.id, {
          bodyId: regions.a.steering.id,
          personId: person.id,
          seatCategoryId: regions.a.category("kreis").id,
        });
        throw new Error("Abbruch mitten im Anwendungsfall");
      }),
    ).rejects.toThrow("Abbruch");
    const after = await withRegion(regions.a.region.id, (tx) =>
      oneByOne(
        () => tx.person.count(),
        () => tx.membership.count({ where: { person: { familyName: "Halbfertig" } } }),
      ),
    );
    expect(after).toEqual([before, 0]);
  });
});
