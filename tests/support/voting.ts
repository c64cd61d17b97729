// A body with N voting members who each have a login: for voting tests and the benchmark.
import { randomUUID } from "node:crypto";
import { withRegion } from "../../lib/core/db/client.ts";
import { ROLE_PERMISSIONS, type Permission } from "../../lib/permissions.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { createBody, createMeeting, createSeatCategory } from "../factories/index.ts";
import { berlinIso, daysFromNow } from "./clock.ts";

const STEERING: readonly Permission[] = ROLE_PERMISSIONS.STEERING_MEMBER;

/** An actor with the permissions of a Lenkungskreis member (what actorFor would build). */
export function memberActor(regionId: string, userId: string): Actor {
  return { regionId, userId, can: (p) => STEERING.includes(p) };
}

export async function votingBody(
  regionId: string,
  count: number,
  options: { deputies?: number; chair?: boolean } = {},
) {
  return withRegion(regionId, async (tx) => {
    const agreement =
      (await tx.cooperationAgreement.findFirst({ where: { regionId } })) ??
      (await tx.cooperationAgreement.create({
        data: { regionId, signedOn: new Date("2020-01-01"), parties: "Land NRW und Kreis" },
      }));
    const category = await createSeatCategory(tx, regionId);
    const body = await createBody(tx, regionId, { kind: "WORKING_GROUP" });
    await tx.seatRule.create({
      data: {
        regionId,
        agreementId: agreement.id,
        bodyId: body.id,
        seatCategoryId: category.id,
        minSeats: 0,
        hasVote: true,
      },
    });
    await tx.quorumRule.create({
      data: { regionId, agreementId: agreement.id, bodyId: body.id, kind: "MORE_THAN_HALF" },
    });
    const total = count + (options.deputies ?? 0);
    const people = Array.from({ length: total }, (_, i) => ({
      userId: randomUUID(),
      personId: randomUUID(),
      membershipId: randomUUID(),
      i,
    }));
    // Logins without a usable password: these people never log in through the browser.
    await tx.user.createMany({
      data: people.map((p) => ({
        id: p.userId,
        email: `wahl-${p.userId}@test.example`,
        name: `Mitglied ${p.i + 1}`,
      })),
    });
    await tx.regionRole.createMany({
      data: people.map((p) => ({ regionId, userId: p.userId, role: "STEERING_MEMBER" as const })),
    });
    await tx.person.createMany({
      data: people.map((p) => ({
        regionId,
        id: p.personId,
        userId: p.userId,
        givenName: "Mitglied",
        familyName: String(p.i + 1).padStart(3, "0"),
        email: `mitglied${p.i + 1}@test.example`,
      })),
    });
    await tx.membership.createMany({
      data: people.map((p) => ({
        regionId,
        id: p.membershipId,
        bodyId: body.id,
        personId: p.personId,
        seatCategoryId: category.id,
        startsOn: new Date("2024-01-01"),
        function: options.chair && p.i === 0 ? ("CHAIR" as const) : ("MEMBER" as const),
        // deputies stand for the first members, one each
        deputyOfId: p.i >= count ? people[p.i - count]!.membershipId : null,
      })),
    });
    const members = people.map((p) => ({ ...p, actor: memberActor(regionId, p.userId) }));
    return { body, category, members: members.slice(0, count), deputies: members.slice(count) };
  });
}

/**
 * A meeting of `bodyId` `daysAgo` days ago at 14:00 Berlin time (negative: ahead) with `items`
 * public decision TOPs (decision and attendance tests).
 */
export async function meetingWithDecisionItems(
  regionId: string,
  bodyId: string,
  daysAgo: number,
  items: number,
  status: "PLANNED" | "INVITED" = "INVITED",
) {
  return withRegion(regionId, async (tx) => {
    const meeting = await createMeeting(tx, regionId, {
      bodyId,
      title: `Sitzung vor ${daysAgo} Tagen`,
      startsAt: new Date(berlinIso(daysFromNow(-daysAgo, "14:00"))),
      status,
      isPublic: true,
    });
    const ids: string[] = [];
    for (let i = 0; i < items; i++)
      ids.push(
        (
          await tx.agendaItem.create({
            data: {
              regionId,
              meetingId: meeting.id,
              position: i + 1,
              number: `TOP ${i + 1}`,
              title: `Beschlusspunkt ${i + 1}`,
              kind: "DECISION",
              isPublic: true,
            },
          })
        ).id,
      );
    return { meeting, items: ids };
  });
}
