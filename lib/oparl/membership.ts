// OParl Membership: the seats (Membership) of people who consented to publication.
import "@/lib/core/server-only.ts";
import type { Prisma, Tx } from "@/lib/core/db/client.ts";
import { FUNCTION_LABEL } from "@/lib/governance/labels.ts";
import { LIST_ORDER, listWhere, type ListQuery } from "./list-query.ts";
import {
  compact,
  day,
  EXT,
  objectUrl,
  times,
  tombstone,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";
import { institutionId } from "./organization.ts";

export const membershipSelect = {
  id: true,
  bodyId: true,
  personId: true,
  function: true,
  hasVote: true,
  startsOn: true,
  endsOn: true,
  endedAt: true,
  deputyOfId: true,
  createdAt: true,
  updatedAt: true,
  seatCategory: { select: { name: true } },
  person: { select: { publicationConsent: true, organisation: true } },
  deputyOf: { select: { id: true, person: { select: { publicationConsent: true } } } },
} satisfies Prisma.MembershipSelect;
export type MembershipRow = Prisma.MembershipGetPayload<{ select: typeof membershipSelect }>;

export function membershipObject(c: BodyContext, m: MembershipRow, embedded: boolean): OParlObject {
  const url = objectUrl(c, "membership", m.id);
  if (!m.person.publicationConsent) return tombstone("Membership", url, m.createdAt, m.updatedAt);
  const end = m.endedAt ?? m.endsOn;
  return compact({
    id: url,
    type: typeUri("Membership"),
    person: embedded ? undefined : objectUrl(c, "person", m.personId),
    organization: objectUrl(c, "organization", m.bodyId),
    role: m.deputyOfId ? `Stellvertretung (${FUNCTION_LABEL[m.function]})` : FUNCTION_LABEL[m.function],
    votingRight: m.hasVote,
    startDate: day(m.startsOn),
    endDate: end ? day(end) : undefined,
    onBehalfOf: m.person.organisation ? objectUrl(c, "organization", institutionId(m.person.organisation)) : undefined,
    [`${EXT}seatCategory`]: m.seatCategory.name,
    [`${EXT}deputyOf`]: m.deputyOf?.person.publicationConsent ? objectUrl(c, "membership", m.deputyOf.id) : undefined,
    ...times(m.createdAt, m.updatedAt),
  });
}

export async function memberships(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.membership.findMany({
    where: { regionId: c.regionId, person: { everPublic: true }, ...(id ? { id } : {}), ...(q ? listWhere(q) : {}) },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    select: membershipSelect,
  });
  return rows.map((m) => ({
    id: m.id,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    object: membershipObject(c, m, false),
  }));
}
