"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { updateFieldOfAction } from "@/lib/fields-of-action/field-of-action";

export const updateFieldOfActionAction = regionAction(
  "fields.manage",
  async ({ actor, input }) => {
    const field = await updateFieldOfAction(actor, input);
    return { message: `Beschreibung und Ziele von „${field.name}“ sind gespeichert.` };
  },
  { revalidate: "/intern/handlungsfelder" },
);
