import "@/lib/core/server-only.ts";
import { oneByOne, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import {
  checkComposition,
  type CompositionReport,
  type MembershipInput,
  type SeatRuleInput,
} from "./check-composition.ts";

/** The current agreement of a region (the newest by signing date), or null. */
export function currentAgreement(tx: Tx, regionId: string) {
  return tx.cooperationAgreement.findFirst({
    where: { regionId },
    orderBy: [{ signedOn: "desc" }, { createdAt: "desc" }],
  });
}

/** The current agreement, or a conflict: what belongs to the agreement cannot be saved before it. */
export async function requireAgreement(tx: Tx, regionId: string) {
  const agreement = await currentAgreement(tx, regionId);
  if (!agreement)
    throw new ConflictError("Bitte erfassen Sie zuerst den Kooperationsvertrag; die Sitzregeln gehören zu ihm.");
  return agreement;
}

export async function loadSeatRules(
  tx: Tx,
  regionId: string,
  agreementId: string | null,
  bodyId: string,
): Promise<(SeatRuleInput & { id: string })[]> {
  if (!agreementId) return [];
  const rules = await tx.seatRule.findMany({
    where: { regionId, agreementId, bodyId },
    include: { seatCategory: { select: { name: true } } },
  });
  return rules
    .map((r) => ({
      id: r.id,
      seatCategoryId: r.seatCategoryId,
      categoryName: r.seatCategory.name,
      minSeats: r.minSeats,
      maxSeats: r.maxSeats,
      hasVote: r.hasVote,
      isAdvisory: r.isAdvisory,
    }))
    .sort((a, b) => Number(a.isAdvisory) - Number(b.isAdvisory) || a.categoryName.localeCompare(b.categoryName, "de"));
}

export async function loadMemberships(tx: Tx, regionId: string, bodyId: string) {
  const rows = await tx.membership.findMany({
    where: { regionId, bodyId },
    include: {
      person: {
        select: { givenName: true, familyName: true, title: true, organisation: true, publicationConsent: true },
      },
      seatCategory: { select: { name: true } },
    },
    orderBy: [{ startsOn: "asc" }],
  });
  return rows.map((m) => ({ ...m, personName: personName(m.person) }));
}

export function personName(p: { givenName: string; familyName: string; title?: string }) {
  return [p.title, p.givenName, p.familyName].filter(Boolean).join(" ");
}

/** Rules, memberships and the check of one body, read in the caller's transaction. */
export async function loadBodyComposition(
  tx: Tx,
  regionId: string,
  bodyId: string,
  at = new Date(),
): Promise<{
  agreementId: string | null;
  rules: (SeatRuleInput & { id: string })[];
  memberships: Awaited<ReturnType<typeof loadMemberships>>;
  report: CompositionReport;
}> {
  const agreement = await currentAgreement(tx, regionId);
  const [rules, memberships] = await oneByOne(
    () => loadSeatRules(tx, regionId, agreement?.id ?? null, bodyId),
    () => loadMemberships(tx, regionId, bodyId),
  );
  const report = checkComposition(rules, memberships as MembershipInput[], at);
  return { agreementId: agreement?.id ?? null, rules, memberships, report };
}
