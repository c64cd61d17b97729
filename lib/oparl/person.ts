// OParl Person: people who consented to publication (Person), with their seats (Membership).
import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { personName } from "@/lib/governance/load-composition.ts";
import { LIST_ORDER, listWhere, type ListQuery } from "./list-query.ts";
import { membershipObject, membershipSelect } from "./membership.ts";
import {
  bodyUrl,
  compact,
  objectUrl,
  times,
  tombstone,
  typeUri,
  type BodyContext,
  type Entry,
} from "./object-helpers.ts";

export async function people(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const rows = await tx.person.findMany({
    where: { regionId: c.regionId, everPublic: true, ...(id ? { id } : {}), ...(q ? listWhere(q) : {}) },
    orderBy: LIST_ORDER,
    take: q ? q.limit + 1 : 1,
    include: { memberships: { orderBy: [{ startsOn: "asc" }], select: membershipSelect } },
  });
  return rows.map((p) => {
    const url = objectUrl(c, "person", p.id);
    const object = !p.publicationConsent
      ? tombstone("Person", url, p.createdAt, p.updatedAt)
      : compact({
          id: url,
          type: typeUri("Person"),
          body: bodyUrl(c),
          name: personName(p),
          familyName: p.familyName,
          givenName: p.givenName,
          title: p.title ? [p.title] : undefined,
          email: p.emailConsent && p.email ? [p.email] : undefined,
          membership: q?.omitInternal ? undefined : p.memberships.map((m) => membershipObject(c, m, true)),
          ...times(p.createdAt, p.updatedAt),
        });
    return { id: p.id, createdAt: p.createdAt, updatedAt: p.updatedAt, object };
  });
}
