import "@/lib/core/server-only.ts";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authOptions, authSecret, SESSION_MAX_AGE_SECONDS } from "./options.ts";
import { decodeSessionClaims, type SessionClaims } from "./request-user.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { loadSessionUser, type SessionUser } from "./session-user.ts";

export { loadSessionUser, type SessionUser };

/** The logged-in user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // most public requests carry no session at all: then there is nothing to decrypt
  if (!(await cookies()).has(SESSION_COOKIE)) return null;
  const session = await getServerSession(authOptions());
  return loadSessionUser(session?.uid, session?.sv);
});

/** What this request's session cookie says (user and session version), for logging out. */
export async function getCurrentSessionClaims(): Promise<SessionClaims> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? decodeSessionClaims(token) : {};
}

/** The encrypted session token (next-auth's JWT format) for a freshly authenticated user. */
export function encodeSessionToken(user: {
  id: string;
  name: string;
  email: string;
  sessionVersion: number;
}): Promise<string> {
  return encode({
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
    token: { sub: user.id, uid: user.id, sv: user.sessionVersion, name: user.name, email: user.email },
  });
}
