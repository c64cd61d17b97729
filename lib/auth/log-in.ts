import "@/lib/core/server-only.ts";
import { listUserRegions } from "@/lib/tenancy/region-access.ts";
import { authenticate, type AuthenticateResult } from "./authenticate.ts";
import { safeReturnPath } from "./safe-return-path.ts";
import { encodeSessionToken } from "./session.ts";

export type LogInResult = Exclude<AuthenticateResult, { ok: true }> | { ok: true; token: string; landing: string };

/** Authenticates and returns a session token and where to go next. */
export async function logIn(
  input: { email?: unknown; password?: unknown; returnTo?: unknown },
  clientKey: string,
): Promise<LogInResult> {
  const result = await authenticate(input, clientKey);
  if (!result.ok) return result;
  const token = await encodeSessionToken(result.user);
  const returnTo = safeReturnPath(input.returnTo);
  if (returnTo) return { ok: true, token, landing: returnTo };
  if (result.user.platformRole === "PLATFORM_ADMIN") return { ok: true, token, landing: "/admin" };
  if (result.user.platformRole === "SUPERVISOR") return { ok: true, token, landing: "/aufsicht" };
  const regions = await listUserRegions(result.user.id);
  return { ok: true, token, landing: regions.length === 1 ? `/${regions[0]!.slug}/intern` : "/" };
}
