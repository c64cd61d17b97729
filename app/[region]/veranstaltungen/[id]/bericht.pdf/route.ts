import { notFound } from "next/navigation";
import { publicReportPdf } from "@/lib/recommendations/public-report";
import { findRegionBySlug } from "@/lib/regions/find-region-by-slug";

// The public "Bericht an die Bildungskonferenz" of a conference that has begun (OParl mainFile of its Paper).
export async function GET(request: Request, { params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const region = await findRegionBySlug(slug);
  if (!region) notFound();
  const file = await publicReportPdf(region.id, id);
  if (!file) notFound();
  return new Response(new Uint8Array(file.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${new URL(request.url).searchParams.has("download") ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
