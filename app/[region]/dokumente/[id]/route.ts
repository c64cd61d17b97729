import { notFound } from "next/navigation";
import { getPublicDocument } from "@/lib/documents/get-public-document";
import { findRegionBySlug } from "@/lib/regions/find-region-by-slug";

// A published meeting document (accessUrl of the OParl File; ?download=1 is its downloadUrl).
export async function GET(request: Request, { params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const region = await findRegionBySlug(slug);
  if (!region) notFound();
  const document = await getPublicDocument(region.id, id);
  if (!document) notFound();
  const disposition = new URL(request.url).searchParams.has("download") ? "attachment" : "inline";
  return new Response(new Uint8Array(document.bytes), {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "Cache-Control": "public, max-age=300",
      ETag: `"${document.sha256}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
