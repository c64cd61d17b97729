import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { createSeatCategoryAction } from "../../actions";

type SeatCategory = Awaited<ReturnType<typeof getAgreementOverview>>["categories"][number];

/** The seat categories there are, and adding another. */
export function SeatCategorySection({ slug, categories }: { slug: string; categories: SeatCategory[] }) {
  return (
    <section aria-labelledby="neue-kategorie" className="mt-10 max-w-2xl">
      <SectionHeading id="neue-kategorie">Weitere Sitzkategorie</SectionHeading>
      <p className="mt-2 text-sm">Vorhanden: {categories.map((c) => c.name).join(", ")}.</p>
      <ActionForm
        id="kategorie"
        labelledBy="neue-kategorie"
        className="mt-3"
        action={createSeatCategoryAction.bind(null, slug)}
        submitLabel="Kategorie anlegen"
        resetOnSuccess
        fields={[
          {
            kind: "text",
            name: "name",
            label: "Name der Sitzkategorie",
            required: true,
            hint: "z. B. Jugendhilfe, Wirtschaft, Hochschule",
          },
        ]}
      />
    </section>
  );
}
