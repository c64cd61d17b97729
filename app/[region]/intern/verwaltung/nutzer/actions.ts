"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { invitationResponse } from "@/lib/users/invitation-response";
import { inviteUser } from "@/lib/users/invite-user";
import { removeRole } from "@/lib/users/remove-role";

export const inviteUserAction = regionAction(
  "users.manage",
  async ({ actor, input }) => invitationResponse(await inviteUser(actor, input), Boolean(process.env.SMTP_URL)),
  { revalidate: { page: "/intern/verwaltung/nutzer" } },
);

export const removeRoleAction = regionAction(
  "users.manage",
  async ({ actor, input }) => {
    const role = await removeRole(actor, input);
    return {
      message: `${role.name} hat die Rolle „${role.label}“ nicht mehr; die Sitzungen sind beendet.`,
      auditId: role.auditId,
    };
  },
  {
    revalidate: { page: "/intern/verwaltung/nutzer" },
    redirect: ({ auditId }, { slug }) => `/${slug}/intern/verwaltung/nutzer?erledigt=${auditId}`,
  },
);
