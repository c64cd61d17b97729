// Role → permission map: data, in one place. A table-driven test checks every role against
// every permission (tests/unit/permissions.test.ts).
export const ROLES = ["OFFICE_LEAD", "OFFICE_STAFF", "STEERING_MEMBER", "CONFERENCE_MEMBER", "PARTNER"] as const;
export type RegionRoleName = (typeof ROLES)[number];

export const PERMISSIONS = [
  "intern.view",
  "region.manage",
  "users.manage",
  "agreement.manage",
  "bodies.manage",
  "memberships.manage",
  "meetings.read",
  "meetings.write",
  "minutes.write",
  "minutes.comment",
  "documents.write",
  "steering.read",
  "conference.read",
  "decisions.write",
  "assignments.read",
  "assignments.write",
  "polls.manage",
  "polls.vote",
  "recommendations.submit",
  "recommendations.manage",
  "offers.write",
  "offers.propose",
  "offers.review",
  "events.write",
  "fields.manage",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const OFFICE_WORK: readonly Permission[] = [
  "intern.view",
  "meetings.read",
  "meetings.write",
  "minutes.write",
  "minutes.comment",
  "documents.write",
  "steering.read",
  "conference.read",
  "decisions.write",
  "assignments.read",
  "assignments.write",
  "polls.manage",
  "recommendations.submit",
  "recommendations.manage",
  "offers.write",
  "offers.propose",
  "offers.review",
  "events.write",
  "fields.manage",
];

export const ROLE_PERMISSIONS = {
  OFFICE_LEAD: [
    ...OFFICE_WORK,
    "region.manage",
    "users.manage",
    "agreement.manage",
    "bodies.manage",
    "memberships.manage",
    "audit.read",
  ],
  OFFICE_STAFF: OFFICE_WORK,
  STEERING_MEMBER: [
    "intern.view",
    "meetings.read",
    "steering.read",
    "minutes.comment",
    "assignments.read",
    "polls.vote",
  ],
  CONFERENCE_MEMBER: ["intern.view", "meetings.read", "conference.read", "recommendations.submit", "polls.vote"],
  PARTNER: ["intern.view", "offers.propose"],
} as const satisfies Record<RegionRoleName, readonly Permission[]>;

export const ROLE_LABELS: Record<RegionRoleName, string> = {
  OFFICE_LEAD: "Leitung Bildungsbüro",
  OFFICE_STAFF: "Bildungsbüro",
  STEERING_MEMBER: "Mitglied im Lenkungskreis",
  CONFERENCE_MEMBER: "Mitglied der Bildungskonferenz",
  PARTNER: "Bildungspartner*in",
};

export function isRole(value: string): value is RegionRoleName {
  return (ROLES as readonly string[]).includes(value);
}

/** The permissions of a set of roles. Unknown role names are refused, never ignored. */
export function permissionsFor(roles: readonly string[]): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) {
    if (!isRole(role)) throw new Error(`Unbekannte Rolle: ${role}`);
    for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  }
  return granted;
}
