import "@/lib/core/server-only.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ValidationError } from "@/lib/core/errors.ts";

import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { liftedWhere } from "./decision-filters.ts";

const ADOPTED = ["ADOPTED", "ADOPTED_AMENDED"] as const;

/**
 * The earlier decision an Änderungs- or Aufhebungsbeschluss names: of this region, adopted,
 * not later than the new decision and not lifted already. Locks and touches it, so its open
 * data (OParl) shows the new link.
 */
export async function checkAmendment(tx: Tx, regionId: string, amendsId: string, decidedOn: Date) {
  // Locks the earlier decision first: of two parallel Aufhebungsbeschlüsse the second sees the first.
  await tx.$queryRaw`SELECT 1 FROM "Decision" WHERE "regionId" = ${regionId}::uuid AND "id" = ${amendsId}::uuid FOR UPDATE`;
  const target = await tx.decision.findUnique({
    where: { regionId_id: { regionId, id: amendsId } },
    include: {
      amendedBy: {
        where: { amendmentKind: "REVOKES", outcome: { in: [...ADOPTED] } },
        select: { number: true },
      },
    },
  });
  const refuse = (message: string) => new ValidationError({ amendsId: [message] });
  if (!target) throw refuse("Bitte wählen Sie einen Beschluss dieser Region.");
  if (!(ADOPTED as readonly string[]).includes(target.outcome))
    throw refuse(`Beschluss ${target.number} wurde nicht angenommen; es gibt nichts zu ändern oder aufzuheben.`);
  if (target.decidedOn > decidedOn)
    throw refuse(
      `Beschluss ${target.number} ist jünger als diese Sitzung; ändern oder aufheben lässt sich nur ein früherer.`,
    );
  if (target.amendedBy.length > 0)
    throw refuse(`Beschluss ${target.number} ist bereits durch Beschluss ${target.amendedBy[0]!.number} aufgehoben.`);
  await tx.decision.update({ where: { regionId_id: { regionId, id: target.id } }, data: { updatedAt: new Date() } });
  return target;
}

/** Decisions a new decision may amend or lift, newest first, for the form's select. */
export async function amendableDecisions(tx: Tx, regionId: string) {
  return tx.decision.findMany({
    where: { regionId, outcome: { in: [...ADOPTED] }, NOT: liftedWhere },
    orderBy: [{ decidedOn: "desc" }, { number: "desc" }],
    select: { id: true, number: true, text: true },
  });
}

/** The decisions an Änderungs- or Aufhebungsbeschluss may name, for the office's decision form. */
export async function listAmendableDecisions(actor: Actor) {
  authorize(actor, "decisions.write");
  return withRegion(actor.regionId, (tx) => amendableDecisions(tx, actor.regionId));
}
