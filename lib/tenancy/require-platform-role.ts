import "@/lib/core/server-only.ts";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session.ts";

/** The gate of /admin and /aufsicht: the platform role or 404. */
export async function requirePlatformRole(
  role: "PLATFORM_ADMIN" | "SUPERVISOR",
  returnTo: string,
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/anmelden?weiter=${encodeURIComponent(returnTo)}`);
  if (user.platformRole !== role) notFound();
  return user;
}
