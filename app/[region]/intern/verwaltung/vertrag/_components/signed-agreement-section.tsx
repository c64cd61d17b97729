import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { uploadAgreementAction } from "../../actions";

type SignedDocument = Awaited<ReturnType<typeof getAgreementOverview>>["signedDocument"];

/** The signed contract as PDF: the stored file, and uploading one that replaces it. */
export function SignedAgreementSection({ slug, signedDocument }: { slug: string; signedDocument: SignedDocument }) {
  return (
    <section aria-labelledby="vertrag-pdf" className="mt-10 max-w-2xl">
      <SectionHeading id="vertrag-pdf">Unterschriebener Vertrag (PDF)</SectionHeading>
      {signedDocument ? (
        <p className="mt-2">
          Gespeichert:{" "}
          <TextLink href={`/${slug}/intern/dokumente/${signedDocument.id}`}>{signedDocument.fileName}</TextLink> (
          {Math.ceil(signedDocument.sizeBytes / 1024)} KB). Eine neue Datei ersetzt sie.
        </p>
      ) : (
        <p className="mt-2">Noch keine Datei gespeichert.</p>
      )}
      <ActionForm
        id="vertrag-datei"
        labelledBy="vertrag-pdf"
        className="mt-3"
        action={uploadAgreementAction.bind(null, slug)}
        submitLabel="PDF hochladen"
        resetOnSuccess
        fields={[
          {
            kind: "file",
            name: "file",
            label: "PDF-Datei (höchstens 10 MB)",
            accept: "application/pdf,.pdf",
            required: true,
          },
        ]}
      />
    </section>
  );
}
