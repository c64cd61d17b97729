import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { listRegionsByDistrict } from "@/lib/regions/list-regions-by-district";
import { REGION_KIND_LABEL } from "@/lib/regions/labels";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor } from "@/components/ui/text-link";
import { listGovernmentDistricts } from "@/lib/regions/list-government-districts";
import { requirePlatformRole } from "@/lib/tenancy/require-platform-role";
import { createRegionAction } from "./actions";

export const metadata: Metadata = { title: "Plattform-Verwaltung" };

export default async function AdminPage() {
  await requirePlatformRole("PLATFORM_ADMIN", "/admin");
  const [districts, all] = await Promise.all([listRegionsByDistrict(), listGovernmentDistricts()]);
  return (
    <>
      <PageTitle>Plattform-Verwaltung</PageTitle>
      <p className="mt-2 max-w-3xl">
        Bildungsregionen anlegen. Inhalte der Regionen sehen Sie hier nicht; dafür braucht es eine Rolle in der Region.
      </p>
      <section aria-labelledby="region-neu" className="mt-8 max-w-2xl">
        <SectionHeading id="region-neu">Neue Bildungsregion</SectionHeading>
        <ActionForm
          id="region"
          labelledBy="region-neu"
          className="mt-3"
          action={createRegionAction}
          submitLabel="Region anlegen"
          resetOnSuccess
          fields={[
            { kind: "text", name: "name", label: "Name", required: true, hint: "z. B. Kreis Unna oder Stadt Münster" },
            {
              kind: "text",
              name: "slug",
              label: "Adresse im Portal",
              required: true,
              hint: "Kleinbuchstaben, Ziffern und Bindestriche, z. B. kreis-unna",
            },
            {
              kind: "select",
              name: "kind",
              label: "Art",
              required: true,
              options: Object.entries(REGION_KIND_LABEL).map(([value, label]) => ({ value, label })),
              placeholder: "Bitte wählen",
            },
            {
              kind: "select",
              name: "governmentDistrictId",
              label: "Regierungsbezirk",
              required: true,
              options: all.map((d) => ({ value: d.id, label: d.name })),
              placeholder: "Bitte wählen",
            },
            { kind: "text", name: "leadName", label: "Leitung des Bildungsbüros: Name", required: true },
            {
              kind: "email",
              name: "leadEmail",
              label: "Leitung des Bildungsbüros: E-Mail-Adresse",
              required: true,
              hint: "Sie erhält eine Einladung, ihr Passwort festzulegen.",
            },
          ]}
        />
      </section>
      <section aria-labelledby="regionen" className="mt-10">
        <SectionHeading id="regionen">Bestehende Regionen</SectionHeading>
        {districts.map((d) => (
          <div key={d.id} className="mt-4">
            <h3 className="font-semibold">{d.name}</h3>
            <ul className="list-disc pl-6">
              {d.regions.map((r) => (
                <li key={r.slug}>
                  <TextAnchor href={`/${r.slug}`}>{r.name}</TextAnchor>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
