import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import type { QuorumRuleInput } from "@/lib/meetings/compute-quorum.ts";

/** Without a quorum rule in the contract: more than half of the voting seats. */
export const DEFAULT_QUORUM: QuorumRuleInput = {
  kind: "MORE_THAN_HALF",
  numerator: 1,
  denominator: 2,
  deputiesCount: true,
};

/** The body's quorum rule from the contract, or the default. */
export async function loadQuorumRule(tx: Tx, regionId: string, agreementId: string | null, bodyId: string) {
  const rule = agreementId
    ? await tx.quorumRule.findUnique({ where: { regionId_agreementId_bodyId: { regionId, agreementId, bodyId } } })
    : null;
  return { rule: (rule ?? DEFAULT_QUORUM) as QuorumRuleInput, isDefault: !rule };
}
