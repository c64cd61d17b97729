// OParl Organization: the bodies of a region (Body), and the institutions seats stand for (Person.organisation).
import "@/lib/core/server-only.ts";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/core/db/client.ts";
import { pageInMemory, type ListQuery } from "./list-query.ts";
import {
  bodyUrl,
  compact,
  EXT,
  fieldExtension,
  latest,
  objectUrl,
  times,
  typeUri,
  type BodyContext,
  type Entry,
} from "./object-helpers.ts";

const ORGANIZATION_CLASSIFICATION = {
  STEERING: "Lenkungskreis",
  CONFERENCE: "Bildungskonferenz",
  OFFICE: "Bildungsbüro",
  WORKING_GROUP: "Arbeitsgruppe",
} as const;

/** An institution a seat stands for, as an Organization with a stable id from its name. */
export function institutionId(name: string): string {
  return `institution-${createHash("sha256").update(name.normalize("NFC")).digest("hex").slice(0, 20)}`;
}

export async function organizations(tx: Tx, c: BodyContext, q: ListQuery | null, id?: string): Promise<Entry[]> {
  const bodies = await tx.body.findMany({
    where: { regionId: c.regionId },
    include: {
      fieldOfAction: { select: { name: true, slug: true } },
      memberships: {
        where: { person: { publicationConsent: true } },
        orderBy: [{ startsOn: "asc" }],
        select: { id: true },
      },
    },
  });
  const entries: Entry[] = bodies.map((b) => ({
    id: b.id,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    object: compact({
      id: objectUrl(c, "organization", b.id),
      type: typeUri("Organization"),
      body: bodyUrl(c),
      name: b.name,
      organizationType: b.kind === "OFFICE" ? "Verwaltungsbereich" : "Gremium",
      classification: ORGANIZATION_CLASSIFICATION[b.kind],
      membership: b.memberships.map((m) => objectUrl(c, "membership", m.id)),
      web: `${c.origin}/${c.slug}/gremien/${b.slug}`,
      [`${EXT}fieldOfAction`]: fieldExtension(c, b.fieldOfAction),
      ...times(b.createdAt, b.updatedAt),
    }),
  }));
  // Institutions that seats of consenting people stand for (Membership.onBehalfOf).
  const seated = await tx.person.findMany({
    where: { regionId: c.regionId, publicationConsent: true, organisation: { not: "" }, memberships: { some: {} } },
    select: { organisation: true, createdAt: true, updatedAt: true },
  });
  const institutions = new Map<string, { name: string; createdAt: Date; updatedAt: Date }>();
  for (const p of seated) {
    const known = institutions.get(p.organisation);
    institutions.set(
      p.organisation,
      known
        ? {
            name: p.organisation,
            createdAt: known.createdAt < p.createdAt ? known.createdAt : p.createdAt,
            updatedAt: latest(known.updatedAt, p.updatedAt),
          }
        : { name: p.organisation, createdAt: p.createdAt, updatedAt: p.updatedAt },
    );
  }
  for (const i of institutions.values()) {
    const key = institutionId(i.name);
    entries.push({
      id: key,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      object: {
        id: objectUrl(c, "organization", key),
        type: typeUri("Organization"),
        body: bodyUrl(c),
        name: i.name,
        organizationType: "Institution",
        classification: "Institution",
        ...times(i.createdAt, i.updatedAt),
      },
    });
  }
  if (id) return entries.filter((e) => e.id === id);
  return q ? pageInMemory(entries, q) : entries;
}
