"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { actorOf } from "@/lib/tenancy/actor";
import { requireRegion } from "@/lib/tenancy/require-region";
import { inviteUser } from "@/lib/users/invite-user";
import { removeRole } from "@/lib/users/remove-role";

export async function inviteUserAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "users.manage");
  const state = await runForm(formData, async () => {
    const { user, link } = await inviteUser(actorOf(context), Object.fromEntries(formData));
    if (!link) return { message: `${user.name} hat die neue Rolle; eine Benachrichtigung geht per E-Mail hinaus.` };
    if (process.env.SMTP_URL) return { message: `Die Einladung an ${user.email} geht per E-Mail hinaus.` };
    return {
      message: `Die Einladung an ${user.email} liegt im Postausgang.`,
      warnings: [
        `Der E-Mail-Versand ist nicht eingerichtet: Geben Sie diesen Link sicher weiter (7 Tage gültig): ${link}`,
      ],
    };
  });
  if (state.status === "ok") revalidatePath(`/${slug}/intern/verwaltung/nutzer`);
  return state;
}

export async function removeRoleAction(slug: string, _: FormState, formData: FormData): Promise<FormState> {
  const context = await requireRegion(slug, "users.manage");
  let auditId = "";
  const state = await runForm(formData, async () => {
    const role = await removeRole(actorOf(context), Object.fromEntries(formData));
    auditId = role.auditId;
    return { message: `${role.user.name} hat die Rolle „${role.label}“ nicht mehr; die Sitzungen sind beendet.` };
  });
  if (state.status === "ok") {
    revalidatePath(`/${slug}/intern/verwaltung/nutzer`);
    redirect(`/${slug}/intern/verwaltung/nutzer?erledigt=${auditId}`);
  }
  return state;
}
