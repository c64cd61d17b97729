import "@/lib/core/server-only.ts";
import { withoutRegion } from "@/lib/core/db/client.ts";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  platformRole: "PLATFORM_ADMIN" | "SUPERVISOR" | null;
}

/**
 * Loads a user for a session and checks that the session is still valid: the user exists,
 * is not disabled, and the session's version matches (a role change, removal or new
 * password raises the version and so ends every older session).
 */
export async function loadSessionUser(
  userId: string | undefined,
  sessionVersion: number | undefined,
): Promise<SessionUser | null> {
  if (!userId || sessionVersion === undefined) return null;
  const user = await withoutRegion((tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true, platformRole: true, sessionVersion: true, disabledAt: true },
    }),
  );
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, platformRole: user.platformRole };
}
