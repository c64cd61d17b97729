import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { attendanceCsv } from "@/lib/meetings/attendance-csv";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";

type Context = { params: Promise<{ region: string; id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { region, id } = await params;
  const context = await requireRegion(region, "meetings.read", `/${region}/intern/sitzungen/${id}`);
  try {
    const { fileName, csv } = await attendanceCsv(actorOf(context), id);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
