import "@/lib/core/server-only.ts";
import { z } from "zod";
import { withoutRegion } from "@/lib/core/db/client.ts";
import { cleanText, emailAddress, fieldErrorsOf, type FieldErrors } from "@/lib/core/validation/text.ts";
import { checkLoginPassword } from "./password.ts";
import { releaseAttempt, reserveAttempt, THROTTLE, type Reservation } from "./throttle.ts";

export const loginSchema = z.object({
  email: emailAddress(),
  password: cleanText("das Passwort", { min: 1, max: 200, invisible: "keep" }),
});

export type AuthenticateResult =
  | {
      ok: true;
      user: {
        id: string;
        name: string;
        email: string;
        sessionVersion: number;
        platformRole: "PLATFORM_ADMIN" | "SUPERVISOR" | null;
      };
    }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

// One message for unknown e-mail and wrong password: nothing tells whether an account exists.
export const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort ist falsch.";
export const THROTTLED = `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${THROTTLE.windowMinutes} Minuten erneut.`;

export async function authenticate(
  input: { email?: unknown; password?: unknown },
  clientKey: string,
): Promise<AuthenticateResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: "Bitte prüfen Sie Ihre Eingaben.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const { email, password } = parsed.data;
  const emailKey = `email:${email}`;
  const clientThrottleKey = `client:${clientKey}`;

  const reserved = await reserveLogin(email, [
    [emailKey, THROTTLE.emailLimit],
    [clientThrottleKey, THROTTLE.clientLimit],
  ]);
  if (!reserved) return { ok: false, message: THROTTLED };
  const { user, passwordHash, reservations } = reserved;

  // one full argon2 verification on every path; a failure keeps its reserved slots
  const valid = await checkLoginPassword(passwordHash, password);
  if (!user || !valid || user.disabledAt) return { ok: false, message: WRONG_CREDENTIALS };

  await withoutRegion(async (tx) => {
    for (const reservation of reservations) await releaseAttempt(tx, reservation);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      sessionVersion: user.sessionVersion,
      platformRole: user.platformRole,
    },
  };
}

class Throttled extends Error {}

/**
 * Takes a slot on every key before the password is checked, all or none: when one key is
 * locked the transaction rolls back, so the others do not count an attempt that was refused.
 * Null means throttled. The account is read in the same transaction; its hash only through
 * app_login_password_hash, for this one address (the app role cannot select the column).
 */
async function reserveLogin(email: string, keys: [key: string, limit: number][]) {
  try {
    return await withoutRegion(async (tx) => {
      const reservations: Reservation[] = [];
      for (const [key, limit] of keys) {
        const reservation = await reserveAttempt(tx, key, limit);
        if (!reservation) throw new Throttled();
        reservations.push(reservation);
      }
      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, sessionVersion: true, platformRole: true, disabledAt: true },
      });
      const [stored] = await tx.$queryRaw<
        { hash: string | null }[]
      >`SELECT app_login_password_hash(${email}::citext) AS hash`;
      return { reservations, user, passwordHash: stored?.hash ?? null };
    });
  } catch (error) {
    if (error instanceof Throttled) return null;
    throw error;
  }
}
