import "@/lib/core/server-only.ts";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password.ts";
import { withoutRegion } from "@/lib/core/db/client.ts";
import { AppError } from "@/lib/core/errors.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText } from "@/lib/core/validation/text.ts";
import { hashToken } from "./password-token.ts";

const schema = z
  .object({
    token: z.string().min(10).max(200),
    password: cleanText("das Passwort", { min: 10, max: 200, invisible: "keep" }),
    passwordRepeat: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.passwordRepeat.normalize("NFC").trim())
      ctx.addIssue({
        code: "custom",
        path: ["passwordRepeat"],
        message: "Die beiden Passwörter stimmen nicht überein.",
      });
  });

export const LINK_INVALID =
  "Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt. Bitte wenden Sie sich an Ihr Bildungsbüro für eine neue Einladung.";

/**
 * Sets a password through a one-time link and voids the login's other links. The new
 * password ends all older sessions (trigger).
 */
export async function setPasswordWithToken(input: unknown) {
  const data = parseInput(schema, input);
  const passwordHash = await hashPassword(data.password);
  // One SECURITY DEFINER function (the app role holds no rights on tokens or hashes): it
  // marks the link used, once even under concurrent attempts, and voids every other link of
  // this login — a link handed to anyone else must not set the password again once the
  // person has chosen hers.
  const rows = await withoutRegion(
    (tx) => tx.$queryRaw<{ id: string; email: string }[]>`
      SELECT user_id AS id, user_email::text AS email FROM app_set_password_with_token(${hashToken(data.token)}, ${passwordHash})`,
  );
  if (!rows[0]) throw new AppError(LINK_INVALID, "invalid");
  return rows[0];
}

export async function isTokenUsable(token: string): Promise<boolean> {
  if (token.length < 10 || token.length > 200) return false;
  const [row] = await withoutRegion(
    (tx) => tx.$queryRaw<{ usable: boolean }[]>`SELECT app_password_token_usable(${hashToken(token)}) AS usable`,
  );
  return row?.usable === true;
}
