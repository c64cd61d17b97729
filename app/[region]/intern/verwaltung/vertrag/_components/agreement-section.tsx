import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { saveAgreementAction } from "../../actions";

type Agreement = Awaited<ReturnType<typeof getAgreementOverview>>["agreement"];

const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

/** The contract's data: recorded for the first time, or edited. */
export function AgreementSection({
  slug,
  agreement,
  regionName,
}: {
  slug: string;
  agreement: Agreement;
  regionName: string;
}) {
  return (
    <section aria-labelledby="vertrag-daten" className="mt-8 max-w-2xl">
      <SectionHeading id="vertrag-daten">{agreement ? "Vertragsdaten" : "Vertrag erfassen"}</SectionHeading>
      <ActionForm
        id="vertrag"
        labelledBy="vertrag-daten"
        className="mt-4"
        action={saveAgreementAction.bind(null, slug)}
        submitLabel="Vertrag speichern"
        fields={[
          {
            kind: "date",
            name: "signedOn",
            label: "Unterzeichnet am",
            required: true,
            defaultValue: isoDate(agreement?.signedOn),
          },
          {
            kind: "textarea",
            name: "parties",
            label: "Vertragsparteien",
            required: true,
            rows: 2,
            defaultValue: agreement?.parties ?? `Land Nordrhein-Westfalen und ${regionName}`,
          },
          {
            kind: "checkbox",
            name: "isOpenEnded",
            label: "unbefristet",
            defaultChecked: agreement?.isOpenEnded ?? true,
          },
          {
            kind: "date",
            name: "endsOn",
            label: "Vertragsende (nur bei Befristung)",
            defaultValue: isoDate(agreement?.endsOn),
          },
          {
            kind: "text",
            name: "landPosts",
            label: "Stellen des Landes (Vollzeitäquivalente)",
            required: true,
            defaultValue: agreement ? String(agreement.landPosts).replace(".", ",") : "1",
          },
          {
            kind: "text",
            name: "communalPosts",
            label: "Stellen der Kommune (Vollzeitäquivalente)",
            required: true,
            defaultValue: agreement ? String(agreement.communalPosts).replace(".", ",") : "1",
          },
          {
            kind: "number",
            name: "noticePeriodDays",
            label: "Ladungsfrist in Tagen",
            hint: "So viele Tage vor einer Sitzung geht die Einladung spätestens hinaus. Wer später einlädt, wird gewarnt.",
            required: true,
            min: 0,
            max: 90,
            defaultValue: String(agreement?.noticePeriodDays ?? 14),
          },
          {
            kind: "textarea",
            name: "supplements",
            label: "Regionale Ergänzungen",
            rows: 4,
            defaultValue: agreement?.supplements ?? "",
          },
        ]}
      />
    </section>
  );
}
