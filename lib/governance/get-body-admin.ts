import "@/lib/core/server-only.ts";
import { oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { isSlug } from "@/lib/core/validation/slug.ts";
import { isSitting } from "./check-composition.ts";
import { loadBodyComposition, personName } from "./load-composition.ts";

/** A body with its members, history and composition check, for managing memberships. */
export async function getBodyAdmin(actor: Actor, bodySlug: string) {
  authorize(actor, "memberships.manage");
  if (!isSlug(bodySlug)) throw new NotFoundError();
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const body = await tx.body.findUnique({ where: { regionId_slug: { regionId, slug: bodySlug } } });
    if (!body) throw new NotFoundError();
    const now = new Date();
    const { rules, memberships, report } = await loadBodyComposition(tx, regionId, body.id, now);
    const [people, categories] = await oneByOne(
      () =>
        tx.person.findMany({
          where: { regionId },
          select: { id: true, givenName: true, familyName: true, title: true, organisation: true },
        }),
      () => tx.seatCategory.findMany({ where: { regionId }, select: { id: true, name: true } }),
    );
    const collator = new Intl.Collator("de");
    people.sort((a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName));
    categories.sort((a, b) => collator.compare(a.name, b.name));
    const sitting = memberships.filter((m) => isSitting(m, now));
    const byId = new Map(memberships.map((m) => [m.id, m]));
    return {
      body,
      rules,
      report,
      sitting: sitting.map((m) => ({
        ...m,
        deputyOfName: m.deputyOfId ? (byId.get(m.deputyOfId)?.personName ?? null) : null,
      })),
      history: memberships.filter((m) => !isSitting(m, now)),
      people: people.map((p) => ({
        id: p.id,
        label: `${personName(p)}${p.organisation ? ` (${p.organisation})` : ""}`,
      })),
      categories,
      principals: sitting
        .filter((m) => m.deputyOfId === null)
        .map((m) => ({ id: m.id, label: `${m.personName} (${m.seatCategory.name})` })),
    };
  });
}
