import "server-only";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { withoutRegion } from "@/lib/db/client.ts";
import { authOptions, authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./options.ts";

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
export async function loadSessionUser(userId: string | undefined, sessionVersion: number | undefined): Promise<SessionUser | null> {
  if (!userId || sessionVersion === undefined) return null;
  const user = await withoutRegion((tx) =>
    tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, platformRole: true, sessionVersion: true, disabledAt: true } }),
  );
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, platformRole: user.platformRole };
}

/** The logged-in user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // most public requests carry no session at all: then there is nothing to decrypt
  if (!(await cookies()).has(SESSION_COOKIE)) return null;
  const session = await getServerSession(authOptions());
  return loadSessionUser(session?.uid, session?.sv);
});

/** The encrypted session token (next-auth's JWT format) for a freshly authenticated user. */
export function encodeSessionToken(user: { id: string; name: string; email: string; sessionVersion: number }): Promise<string> {
  return encode({
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, uid: user.id, sv: user.sessionVersion, name: user.name, email: user.email },
  });
}
