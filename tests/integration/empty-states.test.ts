import { beforeAll, describe, expect, it } from "vitest";
import { withRegion } from "../../lib/core/db/client.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { findProgrammeCandidate } from "../../lib/voting/programme-candidate.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

// The empty work-programme page links to the priority poll whose result can become the programme.
let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;

beforeAll(async () => {
  regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
});

describe("next step of an empty work programme", () => {
  it("is the closed priority poll not yet adopted; none once it is a programme, none for yes/no polls", async () => {
    const regionId = regions.a.region.id;
    expect(await findProgrammeCandidate(lead)).toBeNull();
    const poll = await withRegion(regionId, async (tx) => {
      await tx.poll.create({
        data: {
          regionId,
          bodyId: regions.a.steering.id,
          title: "Ja oder nein",
          method: "YES_NO_ABSTAIN",
          status: "CLOSED",
        },
      });
      await tx.poll.create({
        data: { regionId, bodyId: regions.a.steering.id, title: "Noch offen", method: "POINTS", status: "OPEN" },
      });
      return tx.poll.create({
        data: {
          regionId,
          bodyId: regions.a.steering.id,
          title: "Prioritäten 2027",
          method: "POINTS",
          status: "CLOSED",
        },
      });
    });
    expect(await findProgrammeCandidate(lead)).toEqual({ id: poll.id, title: "Prioritäten 2027" });
    // another region's office sees nothing of it
    expect(await findProgrammeCandidate(await actorFor(regions.b.region.id, regions.b.user.id))).toBeNull();
    // a member without polls.manage is not sent to adopt it
    expect(await findProgrammeCandidate({ ...lead, can: (p) => p === "assignments.read" })).toBeNull();
    await withRegion(regionId, (tx) =>
      tx.workProgramme.create({ data: { regionId, year: 2027, pollId: poll.id, title: "Arbeitsprogramm 2027" } }),
    );
    expect(await findProgrammeCandidate(lead)).toBeNull();
  });
});
