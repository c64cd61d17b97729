import "@/lib/core/server-only.ts";
import type { Tx } from "@/lib/core/db/client.ts";
import type { Letterhead } from "@/lib/core/pdf/model.ts";

/**
 * The letterhead of a region's documents: its name, the sender within it, the office's logo
 * (if uploaded) and, for the footer, the Bildungsbüro's contact as on the legal pages.
 */
export async function loadLetterhead(tx: Tx, regionId: string, sender?: string): Promise<Letterhead> {
  const region = await tx.region.findUniqueOrThrow({
    where: { id: regionId },
    select: {
      name: true,
      contactName: true,
      contactAddress: true,
      contactPhone: true,
      contactEmail: true,
      website: true,
    },
  });
  const logo = await tx.regionLogo.findUnique({ where: { regionId }, select: { bytes: true } });
  return {
    regionName: `Regionales Bildungsnetzwerk ${region.name}`,
    sender,
    logo: logo?.bytes ?? null,
    footer: [
      region.contactName || `Bildungsbüro ${region.name}`,
      region.contactAddress.replace(/\s*\r?\n\s*/g, ", "),
      region.contactPhone && `Tel. ${region.contactPhone}`,
      region.contactEmail,
      region.website,
    ].filter(Boolean),
  };
}
