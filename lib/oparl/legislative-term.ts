// OParl LegislativeTerm: the cooperation contract of a region (CooperationAgreement).
import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import { pageInMemory, type ListQuery } from "./list-query.ts";
import {
  bodyUrl,
  compact,
  day,
  objectUrl,
  times,
  typeUri,
  type BodyContext,
  type Entry,
  type OParlObject,
} from "./object-helpers.ts";

export async function legislativeTerms(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const agreements = await tx.cooperationAgreement.findMany({
    where: { regionId: c.regionId },
    orderBy: [{ signedOn: "asc" }],
  });
  const entries = agreements.map((a) => ({
    id: a.id,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    object: compact({
      id: objectUrl(c, "legislative-term", a.id),
      type: typeUri("LegislativeTerm"),
      body: bodyUrl(c),
      name: `Kooperationsvertrag vom ${new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(a.signedOn)}`,
      startDate: day(a.signedOn),
      endDate: !a.isOpenEnded && a.endsOn ? day(a.endsOn) : undefined,
      ...times(a.createdAt, a.updatedAt),
    }) as OParlObject,
  }));
  if (id) return entries.filter((e) => e.id === id);
  return q ? pageInMemory(entries, q) : entries;
}
