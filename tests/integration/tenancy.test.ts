import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { getDashboard } from "../../lib/dashboard/get-dashboard.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { findRegionBySlug } from "../../lib/regions/find-region-by-slug.ts";
import { getRegionHome } from "../../lib/regions/get-region-home.ts";
import { listRegionsByDistrict } from "../../lib/regions/list-regions-by-district.ts";
import { listUserRegions, loadRegionAccess } from "../../lib/tenancy/region-access.ts";
import { createMeeting, createMembership, createRegion } from "../factories/index.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
beforeAll(async () => {
  regions = await twoRegions();
  for (const r of [regions.a, regions.b]) {
    await withRegion(r.region.id, async (tx) => {
      await createMembership(tx, r.region.id, {
        bodyId: r.steering.id,
        personId: r.person.id,
        seatCategoryId: r.category("bildungsbuero").id,
      });
      await createMeeting(tx, r.region.id, { bodyId: r.steering.id, title: `Sitzung ${r.region.slug}` });
    });
  }
});

describe("application wall", () => {
  it("a member's roles and permissions are those of their region only", async () => {
    const own = await loadRegionAccess(regions.a.region.id, regions.a.user.id);
    expect(own.roles).toEqual(["OFFICE_LEAD"]);
    expect(own.can("users.manage")).toBe(true);

    const foreign = await loadRegionAccess(regions.b.region.id, regions.a.user.id);
    expect(foreign.roles).toEqual([]);
    expect(foreign.can("intern.view")).toBe(false);
  });

  it("a user finds the regions they belong to, and no others", async () => {
    expect((await listUserRegions(regions.a.user.id)).map((r) => r.id)).toEqual([regions.a.region.id]);
  });

  it("the dashboard of region B shows region A's user nothing of B", async () => {
    const noRights: Actor = { regionId: regions.b.region.id, userId: regions.a.user.id, can: () => false };
    const foreign = await getDashboard(noRights);
    expect(foreign.memberships).toEqual([]);
    expect(foreign.meetings).toEqual([]);
    expect(foreign.composition).toBeNull(); // no office: no composition warnings at all
    const memberOnly: Actor = {
      regionId: regions.a.region.id,
      userId: regions.a.user.id,
      can: (p) => p === "meetings.read",
    };
    const own = await getDashboard(memberOnly);
    expect(own.memberships.map((m) => m.body.name)).toEqual(["Lenkungskreis"]);
    expect(own.meetings.map((m) => m.title)).toEqual([`Sitzung ${regions.a.region.slug}`]);
  });

  it("office staff see all upcoming meetings of their region, not another's", async () => {
    const all = await getDashboard({ regionId: regions.a.region.id, userId: regions.a.user.id, can: () => true });
    expect(all.meetings.every((m) => m.title === `Sitzung ${regions.a.region.slug}`)).toBe(true);
    expect(all.composition!.map((b) => b.id)).toContain(regions.a.steering.id);
    expect(all.composition!.map((b) => b.id)).not.toContain(regions.b.steering.id);
  });

  it("a region's public home lists its own bodies and Handlungsfelder only", async () => {
    const home = await getRegionHome(regions.a.region.id);
    expect(home.bodies.map((b) => b.name)).toEqual(["Lenkungskreis", "Bildungskonferenz", "Bildungsbüro"]);
    expect(home.fieldsOfAction).toHaveLength(8);
    expect(home.bodies.map((b) => b.id)).not.toContain(regions.b.steering.id);
  });

  it("slugs resolve to their region; unknown and reserved slugs to nothing", async () => {
    expect((await findRegionBySlug(regions.a.region.slug))?.id).toBe(regions.a.region.id);
    expect(await findRegionBySlug("gibt-es-nicht")).toBeNull();
    await withoutRegion((tx) => createRegion(tx, { slug: "api" })); // a row that should never have been made
    expect(await findRegionBySlug("api")).toBeNull();
  });

  it("regions are grouped by Regierungsbezirk and sorted the German way", async () => {
    const districtId = regions.a.region.governmentDistrictId;
    await withoutRegion(async (tx) => {
      await createRegion(tx, { name: "Stadt Öhringen", slug: "oehringen", governmentDistrictId: districtId });
      await createRegion(tx, { name: "Stadt Oberhausen", slug: "oberhausen", governmentDistrictId: districtId });
      await createRegion(tx, { name: "Stadt Pulheim", slug: "pulheim", governmentDistrictId: districtId });
    });
    const district = (await listRegionsByDistrict()).find((d) => d.id === districtId)!;
    const names = district.regions.map((r) => r.name).filter((n) => n.startsWith("Stadt"));
    expect(names).toEqual(["Stadt Oberhausen", "Stadt Öhringen", "Stadt Pulheim"]);
  });
});
