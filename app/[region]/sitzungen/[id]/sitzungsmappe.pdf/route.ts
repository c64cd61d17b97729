import { notFound } from "next/navigation";
import { publicSitzungsmappePdf } from "@/lib/meetings/sitzungsmappe";
import { findRegionBySlug } from "@/lib/regions/find-region-by-slug";

// The public Sitzungsmappe of a public meeting: public TOPs and published documents only.
export async function GET(_request: Request, { params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const region = await findRegionBySlug(slug);
  if (!region) notFound();
  const found = await publicSitzungsmappePdf(region.id, id);
  if (!found) notFound();
  return new Response(new Uint8Array(found.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
