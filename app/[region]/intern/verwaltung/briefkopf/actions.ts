"use server";

import { regionAction } from "@/lib/core/forms/region-action";
import { removeRegionLogo, saveRegionLogo } from "@/lib/regions/region-logo";

export const saveLogoAction = regionAction(
  "region.manage",
  async ({ actor, formData }) => {
    const logo = await saveRegionLogo(actor, formData.get("file"));
    return {
      message: `Das Logo „${logo.fileName}“ ist gespeichert (${logo.width} × ${logo.height} Pixel${logo.uploadedType === "image/svg+xml" ? ", aus dem SVG als PNG erzeugt" : ""}). Es steht ab jetzt im Briefkopf jedes PDFs.`,
    };
  },
  { revalidate: "/" },
);

export const removeLogoAction = regionAction(
  "region.manage",
  async ({ actor }) => {
    const removed = await removeRegionLogo(actor);
    return {
      message: removed
        ? "Das Logo ist entfernt. Der Briefkopf zeigt nur noch den Namen der Region."
        : "Es war kein Logo gespeichert.",
    };
  },
  { revalidate: "/" },
);
