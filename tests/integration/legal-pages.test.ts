import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion } from "../../lib/core/db/client.ts";
import { NotFoundError } from "../../lib/core/errors.ts";
import { getLegalPage, listLegalPages, saveLegalPage } from "../../lib/regions/legal-pages.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";
import { memberActor } from "../support/voting.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
const region = async (id: string) => withoutRegion((tx) => tx.region.findUniqueOrThrow({ where: { id } }));

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
});

describe("legal pages", () => {
  it("show a default built from the region's contact data until the lead writes their own; empty returns to the default", async () => {
    const a = await region(regions.a.region.id);
    const initial = await getLegalPage(a, "IMPRINT");
    expect(initial).toMatchObject({ isDefault: true, updatedAt: null });
    expect(initial.body).toContain("Angaben gemäß § 5 Digitale-Dienste-Gesetz");
    expect((await getLegalPage(a, "ACCESSIBILITY")).body).toContain(
      "Ombudsstelle für barrierefreie Informationstechnik",
    );

    await saveLegalPage(lead, {
      kind: "IMPRINT",
      body: "## Impressum\n\nBildungsbüro Musterkreis, Kreishaus, 40822 Mettmann",
    });
    expect(await getLegalPage(a, "IMPRINT")).toMatchObject({
      isDefault: false,
      body: expect.stringContaining("Bildungsbüro Musterkreis"),
    });
    // the other region still shows its default
    expect((await getLegalPage(await region(regions.b.region.id), "IMPRINT")).isDefault).toBe(true);

    await saveLegalPage(lead, { kind: "IMPRINT", body: "   " });
    expect((await getLegalPage(a, "IMPRINT")).isDefault).toBe(true);
    expect((await listLegalPages(lead)).map((p) => p.path)).toEqual(["impressum", "datenschutz", "barrierefreiheit"]);
  });

  it("only the office lead of the region edits them", async () => {
    await expect(
      saveLegalPage(memberActor(regions.a.region.id, regions.a.user.id), { kind: "PRIVACY", body: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const foreign = await actorFor(regions.b.region.id, regions.b.user.id);
    await saveLegalPage(foreign, { kind: "PRIVACY", body: "Datenschutz des anderen Kreises" });
    expect((await getLegalPage(await region(regions.a.region.id), "PRIVACY")).body).not.toContain("anderen Kreises");
    await expect(saveLegalPage(lead, { kind: "AGB", body: "x" })).rejects.toMatchObject({
      fieldErrors: { kind: [expect.any(String)] },
    });
  });
});
