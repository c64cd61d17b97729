"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { inviteUser } from "@/lib/users/invite-user";
import { removeRole } from "@/lib/users/remove-role";

export const inviteUserAction = regionAction(
  "users.manage",
  async ({ actor, input }) => {
    const { user, link } = await inviteUser(actor, input);
    if (!link) return { message: `${user.name} hat die neue Rolle; eine Benachrichtigung geht per E-Mail hinaus.` };
    if (process.env.SMTP_URL) return { message: `Die Einladung an ${user.email} geht per E-Mail hinaus.` };
    return {
      message: `Die Einladung an ${user.email} liegt im Postausgang.`,
      warnings: [
        `Der E-Mail-Versand ist nicht eingerichtet: Geben Sie diesen Link sicher weiter (7 Tage gültig): ${link}`,
      ],
    };
  },
  { revalidate: { page: "/intern/verwaltung/nutzer" } },
);

export const removeRoleAction = regionAction(
  "users.manage",
  async ({ actor, input }) => {
    const role = await removeRole(actor, input);
    return {
      message: `${role.user.name} hat die Rolle „${role.label}“ nicht mehr; die Sitzungen sind beendet.`,
      auditId: role.auditId,
    };
  },
  {
    revalidate: { page: "/intern/verwaltung/nutzer" },
    redirect: ({ auditId }, { slug }) => `/${slug}/intern/verwaltung/nutzer?erledigt=${auditId}`,
  },
);
