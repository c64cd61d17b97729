import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { bindRegion, withoutRegion } from "@/lib/core/db/client.ts";
import { isUniqueViolation, retryUniqueRace } from "@/lib/core/db/errors.ts";
import { NotFoundError, ValidationError } from "@/lib/core/errors.ts";
import { createStandardStructure } from "@/lib/regions/create-standard-structure.ts";
import { SLUG_PATTERN } from "@/lib/core/validation/slug.ts";
import { RESERVED_SLUGS } from "@/lib/regions/reserved-slugs.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, emailAddress, idOf } from "@/lib/core/validation/text.ts";
import { grantRoleWithInvitation } from "@/lib/users/invite-user.ts";

const schema = z.object({
  name: cleanText("den Namen der Region", { min: 3, max: 120 }),
  slug: cleanText("die Adresse", { min: 2, max: 64 })
    .refine((slug) => SLUG_PATTERN.test(slug), {
      error: "Die Adresse darf nur Kleinbuchstaben (a–z), Ziffern und Bindestriche enthalten, z. B. kreis-mettmann.",
    })
    .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "Diese Adresse ist für das Portal reserviert." }),
  kind: z.enum(["KREIS", "KREISFREIE_STADT"], { error: "Bitte wählen Sie Kreis oder kreisfreie Stadt." }),
  governmentDistrictId: idOf("einen Regierungsbezirk"),
  leadName: cleanText("den Namen der Leitung", { min: 2, max: 120 }),
  leadEmail: emailAddress("die E-Mail-Adresse der Leitung"),
});

/**
 * Creates a region with its three bodies, the NRW standard Handlungsfelder and seat
 * categories, and invites its first office lead — in one step, so no region is left
 * without someone who can run it.
 */
export async function createRegion(actor: { userId: string; platformRole: string | null }, input: unknown) {
  if (actor.platformRole !== "PLATFORM_ADMIN") throw new NotFoundError();
  const data = parseInput(schema, input);
  try {
    // a lead address another invitation creates at the same instant: run again (retryUniqueRace)
    return await retryUniqueRace(() =>
      withoutRegion(async (tx) => {
        const district = await tx.governmentDistrict.findUnique({ where: { id: data.governmentDistrictId } });
        if (!district)
          throw new ValidationError({ governmentDistrictId: ["Bitte wählen Sie einen Regierungsbezirk."] });
        const { leadName, leadEmail, ...regionData } = data;
        const region = await tx.region.create({
          data: { ...regionData, about: "", contactName: `Bildungsbüro ${data.name}` },
        });
        await bindRegion(tx, region.id, actor.userId);
        await createStandardStructure(tx, region.id);
        await recordAudit(tx, {
          regionId: region.id,
          actorId: actor.userId,
          action: "region.created",
          entityType: "Region",
          entityId: region.id,
          details: { name: data.name, slug: data.slug },
        });
        const lead = await grantRoleWithInvitation(
          tx,
          region,
          { name: leadName, email: leadEmail, role: "OFFICE_LEAD" },
          actor.userId,
        );
        return { ...region, lead };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ slug: ["Diese Adresse ist bereits vergeben."] });
    throw error;
  }
}
