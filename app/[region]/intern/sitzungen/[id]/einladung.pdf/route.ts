import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { invitationPdf } from "@/lib/meetings/meeting-pdf";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

type Context = { params: Promise<{ region: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { region, id } = await params;
  const context = await requireRegion(region, "meetings.read", `/${region}/intern/sitzungen/${id}`);
  try {
    const { fileName, pdf } = await invitationPdf(actorOf(context), id);
    return new Response(new Uint8Array(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
