import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { minutesPdf } from "@/lib/meetings/meeting-pdf";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

type Context = { params: Promise<{ region: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { region, id } = await params;
  const context = await requireRegion(region, "meetings.read", `/${region}/intern/sitzungen/${id}/protokoll`);
  try {
    const result = await minutesPdf(actorOf(context), id);
    if (!result) notFound();
    return new Response(new Uint8Array(result.pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${result.fileName}"`, "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
