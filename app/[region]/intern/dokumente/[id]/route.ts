import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getDocumentForDownload } from "@/lib/files/get-document";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

type Context = { params: Promise<{ region: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { region, id } = await params;
  const context = await requireRegion(region, "intern.view", `/${region}/intern/dokumente/${id}`);
  try {
    const { document, bytes } = await getDocumentForDownload(actorOf(context), id);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": document.mimeType,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
