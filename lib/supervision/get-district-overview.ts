import "@/lib/core/server-only.ts";
import { withoutRegion, withRegion } from "@/lib/core/db/client.ts";
import { NotFoundError } from "@/lib/core/errors.ts";
import { loadBodyComposition, currentAgreement } from "@/lib/governance/load-composition.ts";

/**
 * What the Bezirksregierung sees: per region of its district the contract status and the
 * composition health of the Lenkungskreis. Read-only; no documents, no people's names.
 */
export async function getDistrictOverview(actor: { userId: string; platformRole: string | null }) {
  if (actor.platformRole !== "SUPERVISOR") throw new NotFoundError();
  const user = await withoutRegion((tx) =>
    tx.user.findUnique({
      where: { id: actor.userId },
      select: { governmentDistrict: { select: { name: true, regions: true } } },
    }),
  );
  const district = user?.governmentDistrict;
  if (!district) return { district: null, regions: [] };
  const regions = await Promise.all(
    district.regions.map((region) =>
      withRegion(region.id, async (tx) => {
        const agreement = await currentAgreement(tx, region.id);
        const steering = await tx.body.findFirst({ where: { regionId: region.id, kind: "STEERING" } });
        const composition = steering ? await loadBodyComposition(tx, region.id, steering.id) : null;
        return {
          slug: region.slug,
          name: region.name,
          agreement: agreement
            ? {
                signedOn: agreement.signedOn,
                isOpenEnded: agreement.isOpenEnded,
                endsOn: agreement.endsOn,
                hasSignedDocument: agreement.signedDocumentId !== null,
              }
            : null,
          steering: composition && {
            hasRules: composition.rules.length > 0,
            isComplete: composition.report.isComplete,
            principals: composition.report.principals,
            issues: summarise(composition.report.issues),
          },
        };
      }),
    ),
  );
  regions.sort((a, b) => a.name.localeCompare(b.name, "de"));
  return { district: { name: district.name }, regions };
}

/** Seat-level messages carry no names; person-level ones are only counted. */
function summarise(issues: { kind: string; message: string }[]): string[] {
  const seatLevel = issues.filter((i) => i.kind === "VACANCY" || i.kind === "OVER_QUOTA").map((i) => i.message);
  const expired = issues.filter((i) => i.kind === "EXPIRED_TERM").length;
  if (expired) seatLevel.push(expired === 1 ? "1 Amtszeit ist abgelaufen." : `${expired} Amtszeiten sind abgelaufen.`);
  return seatLevel;
}
