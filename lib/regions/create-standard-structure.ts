import type { Tx } from "@/lib/core/db/client.ts";
import { STANDARD_BODIES, STANDARD_FIELDS_OF_ACTION, STANDARD_SEAT_CATEGORIES } from "./nrw-standards.ts";

/** The three bodies, the NRW standard Handlungsfelder and seat categories of a new region. */
export async function createStandardStructure(tx: Tx, regionId: string) {
  const bodies: Awaited<ReturnType<Tx["body"]["create"]>>[] = [];
  for (const body of STANDARD_BODIES) bodies.push(await tx.body.create({ data: { regionId, ...body } }));
  const fields = [];
  for (const [position, field] of STANDARD_FIELDS_OF_ACTION.entries())
    fields.push(await tx.fieldOfAction.create({ data: { regionId, position, ...field } }));
  const categories: Awaited<ReturnType<Tx["seatCategory"]["create"]>>[] = [];
  for (const category of STANDARD_SEAT_CATEGORIES)
    categories.push(await tx.seatCategory.create({ data: { regionId, ...category } }));
  const byKind = (kind: string) => bodies.find((b) => b.kind === kind)!;
  const category = (key: string) => categories.find((c) => c.key === key)!;
  return {
    bodies,
    fields,
    categories,
    steering: byKind("STEERING"),
    conference: byKind("CONFERENCE"),
    office: byKind("OFFICE"),
    category,
  };
}
