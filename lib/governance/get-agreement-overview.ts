import "@/lib/core/server-only.ts";
import { mapOneByOne, oneByOne, withRegion } from "@/lib/core/db/client.ts";
import { sortBodies } from "@/lib/regions/sort-bodies.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { currentAgreement, loadSeatRules } from "./load-composition.ts";

/** The contract with its seat rules and quorum rules per body, for the office lead. */
export async function getAgreementOverview(actor: Actor) {
  authorize(actor, "agreement.manage");
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const agreement = await currentAgreement(tx, regionId);
    const [bodies, categories, quorumRules, signedDocument] = await oneByOne(
      () => tx.body.findMany({ where: { regionId }, select: { id: true, slug: true, name: true, kind: true } }),
      () => tx.seatCategory.findMany({ where: { regionId }, orderBy: { name: "asc" } }),
      () => (agreement ? tx.quorumRule.findMany({ where: { regionId, agreementId: agreement.id } }) : []),
      () =>
        agreement?.signedDocumentId
          ? tx.document.findUnique({
              where: { regionId_id: { regionId, id: agreement.signedDocumentId } },
              select: { id: true, fileName: true, sizeBytes: true, createdAt: true },
            })
          : null,
    );
    const withRules = await mapOneByOne(sortBodies(bodies), async (body) => ({
      ...body,
      rules: await loadSeatRules(tx, regionId, agreement?.id ?? null, body.id),
      quorum: quorumRules.find((q) => q.bodyId === body.id) ?? null,
    }));
    categories.sort((a, b) => a.name.localeCompare(b.name, "de"));
    return { agreement, bodies: withRules, categories, signedDocument };
  });
}
