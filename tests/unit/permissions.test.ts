import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsFor, ROLES, type Permission, type RegionRoleName } from "../../lib/permissions.ts";

// The expected matrix, written out: a change to the permission map must change this table too.
// L = OFFICE_LEAD, S = OFFICE_STAFF, M = STEERING_MEMBER, C = CONFERENCE_MEMBER, P = PARTNER
const EXPECTED: Record<Permission, string> = {
  "intern.view": "LSMCP",
  "region.manage": "L",
  "users.manage": "L",
  "agreement.manage": "L",
  "bodies.manage": "L",
  "memberships.manage": "L",
  "meetings.read": "LSMC",
  "meetings.write": "LS",
  "minutes.write": "LS",
  "minutes.comment": "LSM",
  "documents.write": "LS",
  "steering.read": "LSM",
  "conference.read": "LSC",
  "decisions.write": "LS",
  "assignments.read": "LSM",
  "assignments.write": "LS",
  "polls.manage": "LS",
  "polls.vote": "MC",
  "recommendations.submit": "LSC",
  "recommendations.manage": "LS",
  "offers.write": "LS",
  "offers.propose": "LSP",
  "offers.review": "LS",
  "events.write": "LS",
  "fields.manage": "LS",
  "audit.read": "L",
};
const LETTER: Record<RegionRoleName, string> = {
  OFFICE_LEAD: "L",
  OFFICE_STAFF: "S",
  STEERING_MEMBER: "M",
  CONFERENCE_MEMBER: "C",
  PARTNER: "P",
};

describe("role → permission map", () => {
  it("the expected table names every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  const cases = ROLES.flatMap((role) =>
    PERMISSIONS.map((permission) => ({ role, permission, granted: EXPECTED[permission].includes(LETTER[role]) })),
  );
  it.each(cases)("$role → $permission: $granted", ({ role, permission, granted }) => {
    expect(permissionsFor([role]).has(permission)).toBe(granted);
  });

  it("combines the permissions of several roles", () => {
    const both = permissionsFor(["STEERING_MEMBER", "PARTNER"]);
    expect(both.has("polls.vote")).toBe(true);
    expect(both.has("offers.propose")).toBe(true);
    expect(both.has("meetings.write")).toBe(false);
  });

  it("no roles, no permissions; unknown roles are refused", () => {
    expect(permissionsFor([]).size).toBe(0);
    expect(() => permissionsFor(["ADMIN"])).toThrow("Unbekannte Rolle: ADMIN");
    expect(() => permissionsFor(["PLATFORM_ADMIN"])).toThrow(/Unbekannte Rolle/);
  });
});
