import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import type { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { uploadAgreementAction } from "../../actions";

type SignedDocument = Awaited<ReturnType<typeof getAgreementOverview>>["signedDocument"];

/** The signed contract as PDF: the stored file, and uploading one that replaces it. */
export function SignedAgreementSection({ slug, signedDocument }: { slug: string; signedDocument: SignedDocument }) {
  return (
    <section aria-labelledby="vertrag-pdf" className="mt-10 max-w-2xl">
      <h2 id="vertrag-pdf" className="text-2xl font-semibold text-brand-800">
        Unterschriebener Vertrag (PDF)
      </h2>
      {signedDocument ? (
        <p className="mt-2">
          Gespeichert:{" "}
          <Link href={`/${slug}/intern/dokumente/${signedDocument.id}`} className="text-brand-700 underline">
            {signedDocument.fileName}
          </Link>{" "}
          ({Math.ceil(signedDocument.sizeBytes / 1024)} KB). Eine neue Datei ersetzt sie.
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
