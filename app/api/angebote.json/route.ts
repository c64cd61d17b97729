import { ValidationError } from "@/lib/core/errors";
import { offerFeed } from "@/lib/opendata/offer-feed";
import { origin } from "@/lib/core/http/site-origin";

// Open data: /api/angebote.json (NRW-wide) and /api/angebote.json?region=<slug>; see README.
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/ld+json; charset=utf-8", "Access-Control-Allow-Origin": "*", ...extra },
    });
  try {
    const feed = await offerFeed(search, origin());
    if (!feed) return json({ error: "Diese Region gibt es nicht." }, 404);
    return json(feed, 200, {
      "Cache-Control": "public, max-age=60",
      ...(feed.links.next ? { Link: `<${feed.links.next}>; rel="next"` } : {}),
    });
  } catch (error) {
    if (error instanceof ValidationError) return json({ error: error.message, fields: error.fieldErrors }, 400);
    throw error;
  }
}
