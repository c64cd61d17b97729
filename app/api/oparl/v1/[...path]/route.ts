import { oparlGet } from "@/lib/oparl/endpoint";
import { origin } from "@/lib/core/http/site-origin";

// OParl 1.1 endpoint: /api/oparl/v1/system and everything reachable from it (see README).
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const { status, body } = await oparlGet(path, new URL(request.url), origin());
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": status === 200 ? "public, max-age=60" : "no-store",
    },
  });
}
