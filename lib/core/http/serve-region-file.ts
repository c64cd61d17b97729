import "@/lib/core/server-only.ts";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/core/http/or-not-found.ts";
import type { Permission } from "@/lib/permissions.ts";
import type { Actor } from "@/lib/tenancy/actor.ts";
import { requireRegion } from "@/lib/tenancy/require-region.ts";

export interface FileResult {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
}

type Params = Promise<{ region: string; id: string }>;

/**
 * The one shape of every internal download: gate the region (login, membership, permission),
 * let the use case produce the file (it checks access to the object itself), send it as an
 * attachment that is never cached; anything not found or not allowed answers 404.
 */
export function serveRegionFile(
  permission: Permission,
  returnTo: (region: string, id: string) => string,
  produce: (actor: Actor, id: string) => Promise<FileResult | null>,
) {
  return async function GET(_request: Request, { params }: { params: Params }) {
    const { region, id } = await params;
    const context = await requireRegion(region, permission, returnTo(region, id));
    const file = await orNotFound(produce(context.actor, id));
    if (!file) notFound();
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        // The type is the one found in the bytes (file-store.ts sniffType); never let a browser guess another.
        "X-Content-Type-Options": "nosniff",
      },
    });
  };
}
