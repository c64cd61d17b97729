import { orNotFound } from "@/lib/core/http/or-not-found";
import { conferenceReportPdf } from "@/lib/recommendations/conference-report-pdf";
import { requireRegion } from "@/lib/tenancy/require-region";

export async function GET(_request: Request, { params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const context = await requireRegion(region, "intern.view", `/${region}/intern/empfehlungen/bericht`);
  const { fileName, pdf } = await orNotFound(conferenceReportPdf(context.actor));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
