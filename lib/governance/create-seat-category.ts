import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { isUniqueViolation } from "@/lib/core/db/errors.ts";
import { ValidationError } from "@/lib/core/errors.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText } from "@/lib/core/validation/text.ts";

const schema = z.object({ name: cleanText("den Namen der Sitzkategorie", { min: 2, max: 80 }) });

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** A seat category the region defines beyond the standard ones. */
export async function createSeatCategory(actor: Actor, input: unknown) {
  authorize(actor, "agreement.manage");
  const { name } = parseInput(schema, input);
  try {
    return await withRegion(actor.regionId, async (tx) => {
      const category = await tx.seatCategory.create({
        data: { regionId: actor.regionId, key: slugify(name) || "kategorie", name },
      });
      await recordAudit(tx, {
        regionId: actor.regionId,
        actorId: actor.userId,
        action: "seat-category.created",
        entityType: "SeatCategory",
        entityId: category.id,
        details: { name },
      });
      return category;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ name: ["Diese Sitzkategorie gibt es schon."] });
    throw error;
  }
}
