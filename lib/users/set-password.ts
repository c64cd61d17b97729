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
  return withoutRegion(async (tx) => {
    const token = await tx.passwordToken.findUnique({ where: { tokenHash: hashToken(data.token) } });
    if (!token || token.usedAt || token.expiresAt < new Date()) throw new AppError(LINK_INVALID, "invalid");
    const used = await tx.passwordToken.updateMany({
      where: { id: token.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) throw new AppError(LINK_INVALID, "invalid");
    // Every other link of this login dies with it: a link handed to anyone else must not
    // set the password again once the person has chosen hers.
    await tx.passwordToken.deleteMany({ where: { userId: token.userId, id: { not: token.id } } });
    return tx.user.update({ where: { id: token.userId }, data: { passwordHash }, select: { id: true, email: true } });
  });
}

export async function isTokenUsable(token: string): Promise<boolean> {
  if (token.length < 10 || token.length > 200) return false;
  const row = await withoutRegion((tx) => tx.passwordToken.findUnique({ where: { tokenHash: hashToken(token) } }));
  return Boolean(row && !row.usedAt && row.expiresAt > new Date());
}
