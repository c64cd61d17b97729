import "@/lib/server-only.ts";
import { withRegion } from "@/lib/db/client.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";

/** The region's people, sorted by German rules, with their current bodies. */
export async function listPeople(actor: Actor) {
  authorize(actor, "memberships.manage");
  const people = await withRegion(actor.regionId, (tx) =>
    tx.person.findMany({
      where: { regionId: actor.regionId },
      include: { memberships: { where: { endedAt: null }, select: { body: { select: { name: true } } } } },
    }),
  );
  const collator = new Intl.Collator("de");
  return people.sort(
    (a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName),
  );
}
