import { beforeAll, describe, expect, it } from "vitest";
import { withoutRegion, withRegion } from "../../lib/core/db/client.ts";
import { getDashboard } from "../../lib/dashboard/get-dashboard.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createMeeting, createMembership, createPerson, createUser, grantRole } from "../factories/index.ts";
import { actorFor } from "../support/actors.ts";
import { berlinIso, daysFromNow } from "../support/clock.ts";
import { twoRegions } from "../support/regions.ts";

let regions: Awaited<ReturnType<typeof twoRegions>>;
let lead: Actor;
let steeringMember: Actor;
let conferenceMember: Actor;

async function member(bodyId: string, role: "STEERING_MEMBER" | "CONFERENCE_MEMBER") {
  const regionId = regions.a.region.id;
  const user = await withoutRegion((tx) => createUser(tx));
  const person = await withRegion(regionId, async (tx) => {
    await grantRole(tx, regionId, user.id, role);
    const person = await createPerson(tx, regionId, { userId: user.id });
    await createMembership(tx, regionId, {
      bodyId,
      personId: person.id,
      seatCategoryId: regions.a.category("kommune").id,
    });
    return person;
  });
  return { actor: await actorFor(regionId, user.id), personId: person.id };
}

beforeAll(async () => {
  regions = await twoRegions();
  const regionId = regions.a.region.id;
  lead = await actorFor(regionId, regions.a.user.id);
  const steering = await member(regions.a.steering.id, "STEERING_MEMBER");
  steeringMember = steering.actor;
  conferenceMember = (await member(regions.a.conference.id, "CONFERENCE_MEMBER")).actor;
  await withRegion(regionId, async (tx) => {
    const past = await createMeeting(tx, regionId, {
      bodyId: regions.a.steering.id,
      title: "Lenkungskreis vergangen",
      startsAt: berlinIso(daysFromNow(-10)),
    });
    await tx.minutes.create({ data: { regionId, meetingId: past.id, status: "CIRCULATED" } });
    await createMeeting(tx, regionId, {
      bodyId: regions.a.steering.id,
      title: "Lenkungskreis kommend",
      startsAt: berlinIso(daysFromNow(10)),
    });
    await createMeeting(tx, regionId, {
      bodyId: regions.a.conference.id,
      title: "Konferenz kommend",
      startsAt: berlinIso(daysFromNow(20)),
    });
    await tx.assignment.create({ data: { regionId, title: "Mein Auftrag", ownerId: steering.personId } });
    await tx.assignment.create({ data: { regionId, title: "Auftrag des Büros", ownerId: regions.a.person.id } });
  });
});

describe("dashboard by role", () => {
  it("a Lenkungskreis member sees their own tasks and no composition warnings", async () => {
    const dashboard = await getDashboard(steeringMember);
    expect(dashboard.isOffice).toBe(false);
    expect(dashboard.composition).toBeNull();
    expect(dashboard.myAssignments.map((a) => a.title)).toEqual(["Mein Auftrag"]);
    expect(dashboard.openAssignments).toEqual([]);
    expect(dashboard.meetings.map((m) => m.title)).toEqual(["Lenkungskreis kommend"]);
    expect(dashboard.minutesToReview.map((m) => m.meeting.title)).toEqual(["Lenkungskreis vergangen"]);
  });

  it("a Bildungskonferenz member sees only the meetings of the conference, and no Lenkungskreis minutes", async () => {
    const dashboard = await getDashboard(conferenceMember);
    expect(dashboard.composition).toBeNull();
    expect(dashboard.meetings.map((m) => m.title)).toEqual(["Konferenz kommend"]);
    expect(dashboard.minutesToReview).toEqual([]);
    expect(dashboard.myAssignments).toEqual([]);
  });

  it("the office sees every open assignment, all meetings and the composition check of every body", async () => {
    const dashboard = await getDashboard(lead);
    expect(dashboard.isOffice).toBe(true);
    expect(dashboard.myAssignments.map((a) => a.title)).toEqual(["Auftrag des Büros"]);
    expect(dashboard.openAssignments.map((a) => a.title).sort()).toEqual(["Auftrag des Büros", "Mein Auftrag"]);
    expect(dashboard.meetings.map((m) => m.title)).toEqual(["Lenkungskreis kommend", "Konferenz kommend"]);
    expect(dashboard.composition!.map((b) => b.name)).toEqual(["Lenkungskreis", "Bildungskonferenz", "Bildungsbüro"]);
  });

  it("another region's office sees none of it", async () => {
    const dashboard = await getDashboard(await actorFor(regions.b.region.id, regions.b.user.id));
    expect(dashboard.meetings).toEqual([]);
    expect(dashboard.openAssignments).toEqual([]);
    expect(dashboard.minutesToReview).toEqual([]);
  });
});
