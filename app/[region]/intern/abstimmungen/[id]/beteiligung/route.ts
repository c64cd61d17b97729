import { NotFoundError } from "@/lib/core/errors";
import { requireRegion } from "@/lib/tenancy/require-region";
import { getParticipation } from "@/lib/voting/get-participation";

/** Participation of an open poll, for the chair's live view (managers only; otherwise 404). */
export async function GET(_: Request, { params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view");
  const data = await getParticipation(context.actor, id).catch((error) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!data) return new Response("Nicht gefunden", { status: 404 });
  return Response.json(
    { voted: data.voted, entitled: data.entitled, status: data.status },
    { headers: { "Cache-Control": "no-store" } },
  );
}
