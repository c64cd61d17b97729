import "@/lib/core/server-only.ts";
import { withoutRegion } from "@/lib/core/db/client.ts";
import type { SessionClaims } from "./request-user.ts";

/**
 * Ends the session server-side, not only in this browser: raises User.sessionVersion, which
 * every session read compares (loadSessionUser), so a copied cookie stops working at once
 * instead of living on until its JWT expires. This ends every session of the same login
 * (other devices too) — a JWT carries no id of its own to revoke alone.
 *
 * Only a still-valid session can do it (its version must match), so an already ended cookie
 * cannot log its owner out again and again. Not audited: audit entries belong to a region,
 * and logging in is not audited either (the user's lastLoginAt is all that is kept).
 */
export async function logOut(claims: SessionClaims): Promise<boolean> {
  const { uid, sv } = claims;
  if (!uid || sv === undefined) return false;
  const { count } = await withoutRegion((tx) =>
    tx.user.updateMany({ where: { id: uid, sessionVersion: sv }, data: { sessionVersion: { increment: 1 } } }),
  );
  return count === 1;
}
