"use server";

import { revalidatePath } from "next/cache";
import { runForm, type FormState } from "@/lib/core/forms/form-state";
import { createRegion } from "@/lib/platform/create-region";
import { requirePlatformRole } from "@/lib/tenancy/require-platform-role";

export async function createRegionAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requirePlatformRole("PLATFORM_ADMIN", "/admin");
  const state = await runForm(formData, async () => {
    const region = await createRegion(
      { userId: user.id, platformRole: user.platformRole },
      Object.fromEntries(formData),
    );
    const message = `Die Region ${region.name} ist angelegt: /${region.slug}, mit Lenkungskreis, Bildungskonferenz, Bildungsbüro und den NRW-Handlungsfeldern. Die Einladung an ${region.lead.email} liegt im Postausgang.`;
    return region.lead.link && !process.env.SMTP_URL
      ? {
          message,
          warnings: [
            `Der E-Mail-Versand ist nicht eingerichtet: Geben Sie der Leitung diesen Link sicher weiter (7 Tage gültig): ${region.lead.link}`,
          ],
        }
      : { message };
  });
  if (state.status === "ok") revalidatePath("/", "layout");
  return state;
}
