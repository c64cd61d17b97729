import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import { ROLE_LABELS, ROLES } from "@/lib/permissions.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";
import { parseInput } from "@/lib/core/validation/parse.ts";
import { cleanText, emailAddress } from "@/lib/core/validation/text.ts";
import { portalUrl } from "@/lib/core/http/site-origin.ts";
import { newToken } from "./password-token.ts";

export const INVITATION_DAYS = 7;
/** Never a valid argon2 hash: an invited user cannot log in before setting a password. */
export const NO_PASSWORD = "!eingeladen";

export const invitationSchema = z.object({
  email: emailAddress(),
  name: cleanText("den Namen", { min: 2, max: 120 }),
  role: z.enum(ROLES, { error: "Bitte wählen Sie eine Rolle." }),
});

/**
 * Gives a person a role in the region. A new user gets an invitation e-mail (through the
 * outbox) with a link to set their password, valid for seven days; a known user is told
 * of the new role. All in one transaction with its audit entry.
 */
export async function inviteUser(actor: Actor, input: unknown) {
  authorize(actor, "users.manage");
  const data = parseInput(invitationSchema, input);
  return withRegion(actor.regionId, async (tx) => {
    const region = await tx.region.findUniqueOrThrow({ where: { id: actor.regionId } });
    return grantRoleWithInvitation(tx, { id: region.id, name: region.name }, data, actor.userId);
  });
}

/** The step itself, inside the caller's transaction (already bound to the region). */
export async function grantRoleWithInvitation(
  tx: Tx,
  region: { id: string; name: string },
  data: z.output<typeof invitationSchema>,
  actorId: string,
) {
  const existing = await tx.user.findUnique({ where: { email: data.email } });
  const user =
    existing ?? (await tx.user.create({ data: { email: data.email, name: data.name, passwordHash: NO_PASSWORD } }));
  if (
    await tx.regionRole.findUnique({
      where: { regionId_userId_role: { regionId: region.id, userId: user.id, role: data.role } },
    })
  ) {
    throw new ConflictError(`${data.email} hat die Rolle „${ROLE_LABELS[data.role]}“ in dieser Region bereits.`);
  }
  const role = await tx.regionRole.create({ data: { regionId: region.id, userId: user.id, role: data.role } });

  // A new user gets a link to set a password; a known one is told of the new role.
  let link: string | null = null;
  let mail: { idempotencyKey: string; subject: string; body: string };
  if (!existing || existing.passwordHash === NO_PASSWORD) {
    const { token, tokenHash } = newToken();
    const stored = await tx.passwordToken.create({
      data: {
        userId: user.id,
        tokenHash,
        purpose: "INVITATION",
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
    });
    link = portalUrl(`/passwort-setzen?token=${token}`);
    mail = {
      idempotencyKey: `invitation:${stored.id}`,
      subject: `Einladung in das Bildungsnetz ${region.name}`,
      body: `Sie wurden als ${ROLE_LABELS[data.role]} in das Bildungsnetzwerk ${region.name} eingeladen.\nBitte legen Sie Ihr Passwort fest (der Link gilt ${INVITATION_DAYS} Tage):\n\n${link}`,
    };
  } else {
    mail = {
      idempotencyKey: `role:${role.id}`,
      subject: `Neue Rolle im Bildungsnetz ${region.name}`,
      body: `Sie haben im Bildungsnetzwerk ${region.name} die Rolle ${ROLE_LABELS[data.role]} erhalten. Sie können sich mit Ihrem bisherigen Passwort anmelden:\n\n${portalUrl("/anmelden")}`,
    };
  }
  await tx.outboxEmail.create({
    data: {
      regionId: region.id,
      idempotencyKey: mail.idempotencyKey,
      toAddress: user.email,
      subject: mail.subject,
      textBody: `Guten Tag ${user.name},\n\n${mail.body}\n\nIhr Bildungsbüro ${region.name}`,
    },
  });
  await recordAudit(tx, {
    regionId: region.id,
    actorId,
    action: "user.role-granted",
    entityType: "RegionRole",
    entityId: role.id,
    details: { email: user.email, role: data.role, invited: !existing },
  });
  return { user, role, link, isNew: !existing };
}
