import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { adoptProgrammeAction } from "../../actions";
import { pollIdFields } from "./poll-id-fields";

/** Turns the ranking of a priorities poll into next year's work programme. */
export function AdoptProgrammeSection({ slug, pollId }: { slug: string; pollId: string }) {
  const nextYear = new Date().getFullYear() + 1;
  return (
    <section aria-labelledby="programm" className="mt-6 max-w-xl">
      <SectionHeading level={3} id="programm">
        Als Arbeitsprogramm übernehmen
      </SectionHeading>
      <p className="text-sm">
        Die Rangfolge wird das Arbeitsprogramm des Jahres; zu jeder Priorität können Sie dort Aufträge erteilen.
      </p>
      <ActionForm
        id="arbeitsprogramm"
        className="mt-2"
        labelledBy="programm"
        action={adoptProgrammeAction.bind(null, slug)}
        submitLabel="Arbeitsprogramm beschließen"
        fields={[
          ...pollIdFields(pollId),
          {
            kind: "number",
            name: "year",
            label: "Jahr",
            required: true,
            min: 2020,
            max: 2100,
            defaultValue: String(nextYear),
          },
          {
            kind: "text",
            name: "title",
            label: "Titel",
            required: true,
            defaultValue: `Arbeitsprogramm ${nextYear}`,
          },
        ]}
      />
    </section>
  );
}
