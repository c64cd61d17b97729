import "@/lib/core/server-only.ts";
import { z } from "zod";
import { withoutRegion } from "@/lib/core/db/client.ts";
import { cleanText, emailAddress, fieldErrorsOf, type FieldErrors } from "@/lib/core/validation/text.ts";
import { dummyPasswordHash, verifyPassword } from "./password.ts";
import { clearFailures, lockedKeys, recordFailure, THROTTLE } from "./throttle.ts";

export const loginSchema = z.object({
  email: emailAddress(),
  password: cleanText("das Passwort", { min: 1, max: 200 }),
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

  const user = await withoutRegion(async (tx) => {
    if (await lockedKeys(tx, [emailKey, clientThrottleKey])) return "locked" as const;
    return tx.user.findUnique({ where: { email } });
  });
  if (user === "locked") return { ok: false, message: THROTTLED };

  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabledAt) {
    await withoutRegion(async (tx) => {
      await recordFailure(tx, emailKey, THROTTLE.emailLimit);
      await recordFailure(tx, clientThrottleKey, THROTTLE.clientLimit);
    });
    return { ok: false, message: WRONG_CREDENTIALS };
  }

  await withoutRegion(async (tx) => {
    await clearFailures(tx, emailKey);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
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
