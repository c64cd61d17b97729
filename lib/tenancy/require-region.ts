import "@/lib/core/server-only.ts";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session.ts";
import type { Permission } from "@/lib/permissions.ts";
import { findRegionBySlug, type RegionSummary } from "@/lib/regions/find-region-by-slug.ts";
import { actorOf, type Actor } from "./actor.ts";
import { acceptRegionInvitations, loadRegionAccess, type RegionAccess } from "./region-access.ts";

export interface RegionContext extends RegionAccess {
  region: RegionSummary;
  user: SessionUser;
  /** Who acts in the use cases this page or action calls, built once here. */
  actor: Actor;
}

const resolve = cache(async (slug: string): Promise<RegionContext | "anonymous" | null> => {
  const region = await findRegionBySlug(slug);
  if (!region) return null;
  const user = await getCurrentUser();
  if (!user) return "anonymous";
  const access = await loadRegionAccess(region.id, user.id);
  if (access.hasOpenInvitation) await acceptRegionInvitations(region.id, user.id);
  return { region, user, ...access, actor: actorOf({ region, user, can: access.can }) };
});

/**
 * The one gate of every internal page, server action and route handler of a region.
 * Unknown region, no membership, or missing permission: 404, so nothing tells that the
 * region's internal content exists. Not logged in: to the login with a way back.
 * A layout is never the only gate; each page calls this itself.
 */
export async function requireRegion(
  slug: string,
  permission: Permission = "intern.view",
  returnTo?: string,
): Promise<RegionContext> {
  const context = await resolve(slug);
  if (context === null) notFound();
  if (context === "anonymous") redirect(`/anmelden?weiter=${encodeURIComponent(returnTo ?? `/${slug}/intern`)}`);
  if (!context.can(permission)) notFound();
  return context;
}
