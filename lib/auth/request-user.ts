import "@/lib/core/server-only.ts";
import { decode } from "next-auth/jwt";
import { authSecret } from "./options.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";
import { loadSessionUser, type SessionUser } from "./session-user.ts";

/** What a session token says about its holder: the user and the session version it was issued for. */
export interface SessionClaims {
  uid?: string;
  sv?: number;
}

/** Decodes next-auth's encrypted JWT (expiry included); an invalid or expired token says nothing. */
export async function decodeSessionClaims(token: string): Promise<SessionClaims> {
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  return {
    uid: typeof payload?.uid === "string" ? payload.uid : undefined,
    sv: typeof payload?.sv === "number" ? payload.sv : undefined,
  };
}

/**
 * The logged-in user from a request's cookies, for the public pages of the Pages Router
 * (which have no `next/headers`). The same token and checks as `getCurrentUser`: next-auth's
 * encrypted JWT (expiry included), then user, disabled flag and session version.
 */
export async function getRequestUser(cookies: Partial<Record<string, string>>): Promise<SessionUser | null> {
  const token = cookies[SESSION_COOKIE];
  if (!token) return null;
  const { uid, sv } = await decodeSessionClaims(token);
  return loadSessionUser(uid, sv);
}
