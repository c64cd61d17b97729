import { notFound } from "next/navigation";
import { getRegionLogo } from "@/lib/regions/region-logo";
import { requireRegion } from "@/lib/tenancy/require-region";

// The stored logo (PNG or JPEG, checked on upload), for the preview on the office's page.
export async function GET(_request: Request, { params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const context = await requireRegion(region, "region.manage", `/${region}/intern/verwaltung/briefkopf`);
  const logo = await getRegionLogo(context.actor);
  if (!logo) notFound();
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      "Content-Type": logo.mimeType,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
