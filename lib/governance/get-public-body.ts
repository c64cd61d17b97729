import "@/lib/core/server-only.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isSlug } from "@/lib/core/validation/slug.ts";
import { isSitting } from "./check-composition.ts";
import { loadBodyComposition, personName } from "./load-composition.ts";

/**
 * The public composition of a body: seats by category, with a person's name only where
 * they consented to publication; otherwise "N. N.". Never e-mail addresses.
 */
export async function getPublicBody(regionId: string, bodySlug: string) {
  if (!isSlug(bodySlug)) return null;
  return withRegion(regionId, async (tx) => {
    const body = await tx.body.findUnique({
      where: { regionId_slug: { regionId, slug: bodySlug } },
      select: { id: true, name: true, kind: true, description: true },
    });
    if (!body) return null;
    const now = new Date();
    const { rules, memberships } = await loadBodyComposition(tx, regionId, body.id, now);
    const sitting = memberships.filter((m) => isSitting(m, now) && m.deputyOfId === null);
    const shown = (m: (typeof sitting)[number]) => ({
      id: m.id,
      name: m.person.publicationConsent ? personName(m.person) : `N. N. (${m.seatCategory.name})`,
      organisation: m.person.publicationConsent ? m.person.organisation : "",
      function: m.function,
      hasVote: m.hasVote,
    });
    const groups = rules.map((rule) => ({
      category: rule.categoryName,
      isAdvisory: rule.isAdvisory,
      hasVote: rule.hasVote,
      members: sitting.filter((m) => m.seatCategoryId === rule.seatCategoryId).map(shown),
    }));
    const ruled = new Set(rules.map((r) => r.seatCategoryId));
    const others = sitting.filter((m) => !ruled.has(m.seatCategoryId));
    if (others.length)
      groups.push({ category: "Weitere Mitglieder", isAdvisory: false, hasVote: true, members: others.map(shown) });
    return { body, groups: groups.filter((g) => g.members.length > 0 || !g.isAdvisory) };
  });
}
