import "@/lib/core/server-only.ts";
import { z } from "zod";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion, type Tx } from "@/lib/core/db/client.ts";
import { retryUniqueRace } from "@/lib/core/db/errors.ts";
import { ConflictError } from "@/lib/core/errors.ts";
import { ROLE_LABELS, ROLES, type RegionRoleName } from "@/lib/permissions.ts";
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
 * What the inviting lead gets back: only what they typed, the role in their region and — for
 * a login their own invitation created — the set-password link. Nothing of the account
 * itself (name, login, other regions), so the answer does not tell whether the address existed.
 */
export interface InvitationResult {
  email: string;
  role: { id: string; role: RegionRoleName };
  link: string | null;
}

/**
 * Gives a person a role in the region, with an e-mail through the outbox. A new address gets
 * a login and a link to set its password (seven days). An existing login never gets a
 * credential from another region's invitation — that link would let the inviting region
 * take the account over — but an e-mail "Sie wurden zusätzlich … eingeladen": she logs in
 * with her own password, or sets it through the link she already has. Only the region that
 * created a still-pending login may send it a new link. One transaction with its audit entry.
 * Two invitations of one new address at the same instant (two regions, or a double click)
 * both find no login and both create one: the later one runs again and then finds it.
 */
export async function inviteUser(actor: Actor, input: unknown): Promise<InvitationResult> {
  authorize(actor, "users.manage");
  const data = parseInput(invitationSchema, input);
  return retryUniqueRace(() =>
    withRegion(actor.regionId, async (tx) => {
      const region = await tx.region.findUniqueOrThrow({ where: { id: actor.regionId } });
      return grantRoleWithInvitation(tx, { id: region.id, name: region.name }, data, actor.userId);
    }),
  );
}

/** The step itself, inside the caller's transaction (already bound to the region). */
export async function grantRoleWithInvitation(
  tx: Tx,
  region: { id: string; name: string },
  data: z.output<typeof invitationSchema>,
  actorId: string,
): Promise<InvitationResult> {
  const existing = await tx.user.findUnique({
    where: { email: data.email },
    select: { id: true, createdByRegionId: true },
  });
  // A new login has no password (column default NO_PASSWORD; the app role cannot write it).
  const user =
    existing ??
    (await tx.user.create({
      data: { email: data.email, name: data.name, createdByRegionId: region.id },
      select: { id: true, createdByRegionId: true },
    }));
  // A credential only for a login this region created and that still has no password.
  const issuesLink = user.createdByRegionId === region.id && (await isPending(tx, user.id));
  const held = await tx.regionRole.findUnique({
    where: { regionId_userId_role: { regionId: region.id, userId: user.id, role: data.role } },
    select: { id: true, role: true },
  });
  // The same role again is a conflict — except for the region's own pending login, where
  // inviting again is how the office sends a fresh link.
  if (held && !issuesLink)
    throw new ConflictError(`${data.email} hat die Rolle „${ROLE_LABELS[data.role]}“ in dieser Region bereits.`);
  const role =
    held ??
    (await tx.regionRole.create({
      data: { regionId: region.id, userId: user.id, role: data.role, invitedName: data.name },
      select: { id: true, role: true },
    }));

  let link: string | null = null;
  let stored: { id: string } | null = null;
  let body: string;
  if (issuesLink) {
    // A new link replaces any older one of this login (app_issue_password_token, which
    // refuses a login that has a password or that another region created).
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    const issued = await tx.$queryRaw<{ id: string }[]>`
      SELECT app_issue_password_token(${user.id}::uuid, ${tokenHash}, ${expiresAt.toISOString()}::timestamptz) AS id`;
    stored = issued[0] ?? null;
    link = portalUrl(`/passwort-setzen?token=${token}`);
    body = `Sie wurden als ${ROLE_LABELS[data.role]} in das Bildungsnetzwerk ${region.name} eingeladen.\nBitte legen Sie Ihr Passwort fest (der Link gilt ${INVITATION_DAYS} Tage):\n\n${link}`;
  } else {
    // One text whether or not the login has a password yet: the outbox row belongs to the
    // inviting region and says nothing about the account.
    body = `Sie wurden zusätzlich als ${ROLE_LABELS[data.role]} in das Bildungsnetzwerk ${region.name} eingeladen.\nSie melden sich mit Ihrem bisherigen Passwort an:\n\n${portalUrl("/anmelden")}\n\nHaben Sie noch kein Passwort festgelegt, verwenden Sie den Link aus Ihrer ersten Einladung; ist er abgelaufen, schickt Ihnen das Bildungsbüro, das Sie zuerst eingeladen hat, einen neuen.`;
  }
  // Same subject in both cases: the office sees it in its outbox.
  await tx.outboxEmail.create({
    data: {
      regionId: region.id,
      idempotencyKey: stored ? `invitation:${stored.id}` : `invitation:${role.id}`,
      toAddress: data.email,
      subject: `Einladung in das Bildungsnetz ${region.name}`,
      textBody: `Guten Tag ${data.name},\n\n${body}\n\nIhr Bildungsbüro ${region.name}`,
    },
  });
  await recordAudit(tx, {
    regionId: region.id,
    actorId,
    action: held ? "user.invitation-resent" : "user.role-granted",
    entityType: "RegionRole",
    entityId: role.id,
    details: { email: data.email, role: data.role },
  });
  return { email: data.email, role, link };
}

/** Whether a login still waits for its first password (the app role cannot read the hash). */
async function isPending(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ pending: boolean | null }[]>`SELECT app_login_pending(${userId}::uuid) AS pending`;
  return row?.pending === true;
}
