import { INVITATION_DAYS, type InvitationResult } from "./invite-user.ts";

/**
 * What the inviting lead reads. The same message whether the address was new or already had
 * a login (in this or another region), so the form cannot be used to probe for accounts.
 * Without SMTP the link is shown for the office to pass on — only for a login this
 * region's invitation created; an existing person needs none.
 */
export function invitationResponse(
  result: InvitationResult,
  hasSmtp: boolean,
): { message: string; warnings?: string[] } {
  if (hasSmtp) return { message: `Die Einladung an ${result.email} geht per E-Mail hinaus.` };
  const message = `Die Einladung an ${result.email} liegt im Postausgang.`;
  if (!result.link) return { message };
  return {
    message,
    warnings: [
      `Der E-Mail-Versand ist nicht eingerichtet: Geben Sie diesen Link sicher weiter (${INVITATION_DAYS} Tage gültig): ${result.link}`,
    ],
  };
}
