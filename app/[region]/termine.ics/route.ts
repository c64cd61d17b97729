import { listPublicDates, publicDatesToIcs } from "@/lib/calendar/public-dates";
import { findPublicRegion } from "@/lib/regions/public-region";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { origin } from "@/lib/core/http/site-origin";

/**
 * iCalendar feed of the region's public dates, for calendar apps to subscribe to;
 * `?handlungsfeld=<slug>` narrows it to the offers of one Handlungsfeld.
 */
export async function GET(request: Request, { params }: { params: Promise<{ region: string }> }) {
  const region = await findPublicRegion((await params).region);
  if (!region) return new Response("Nicht gefunden", { status: 404 });
  const fieldSlug = new URL(request.url).searchParams.get("handlungsfeld");
  const found = await publicRead(region, `dates:${fieldSlug ?? ""}`, () => listPublicDates(region, { fieldSlug }));
  if (!found) return new Response("Dieses Handlungsfeld gibt es in der Region nicht.", { status: 404 });
  const name = `Bildungsnetzwerk ${region.name}: Termine${found.fieldName ? ` – ${found.fieldName}` : ""}`;
  return new Response(publicDatesToIcs(found.dates, name, origin()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="termine-${region.slug}${fieldSlug ? `-${fieldSlug}` : ""}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
