import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { DateTime } from "@/components/ui/date-time";
import { Detail, DetailList } from "@/components/ui/detail-list";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { getRegionLogo, MAX_LOGO_BYTES } from "@/lib/regions/region-logo";
import { requireRegion } from "@/lib/tenancy/require-region";
import { removeLogoAction, saveLogoAction } from "./actions";

export const metadata: Metadata = { title: "Briefkopf und Logo" };

export default async function LetterheadAdmin({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "region.manage");
  const logo = await getRegionLogo(context.actor);
  return (
    <>
      <PageTitle>Briefkopf und Logo</PageTitle>
      <p className="mt-2 max-w-3xl">
        Jedes PDF der Region – Einladung, Protokoll, Sitzungsmappe, Bericht an die Bildungskonferenz, Teilnahmeliste –
        trägt oben den Namen der Region und, wenn Sie eines hochladen, das Logo des Bildungsbüros. In der Fußzeile steht
        die Anschrift aus den Kontaktdaten der Region.
      </p>
      <section aria-labelledby="logo-aktuell" className="mt-8 max-w-3xl">
        <SectionHeading size="medium" id="logo-aktuell">
          Aktuelles Logo
        </SectionHeading>
        {logo ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- a private image behind the login, never optimised */}
            <img
              src={`/${slug}/intern/verwaltung/briefkopf/logo?v=${logo.sha256.slice(0, 12)}`}
              alt="Logo des Bildungsbüros, wie es im Briefkopf steht"
              className="mt-3 max-h-24 max-w-full border border-gray-300 bg-white p-2"
            />
            <DetailList className="mt-3">
              <Detail term="Datei">{logo.fileName}</Detail>
              <Detail term="Art">
                {logo.uploadedType === "image/svg+xml"
                  ? "SVG, als PNG gespeichert"
                  : logo.mimeType.slice(6).toUpperCase()}
              </Detail>
              <Detail term="Hochgeladen">
                <DateTime value={logo.createdAt} />
              </Detail>
            </DetailList>
            <ActionForm
              id="logo-entfernen"
              className="mt-4"
              labelledBy="logo-aktuell"
              action={removeLogoAction.bind(null, slug)}
              submitLabel="Logo entfernen"
              fields={[]}
            />
          </>
        ) : (
          <p className="mt-2">Kein Logo gespeichert: der Briefkopf zeigt nur den Namen der Region.</p>
        )}
      </section>
      <section aria-labelledby="logo-hochladen" className="mt-8 max-w-3xl">
        <SectionHeading size="medium" id="logo-hochladen">
          {logo ? "Logo ersetzen" : "Logo hochladen"}
        </SectionHeading>
        <ActionForm
          id="logo-datei"
          className="mt-2"
          labelledBy="logo-hochladen"
          action={saveLogoAction.bind(null, slug)}
          submitLabel="Logo speichern"
          resetOnSuccess
          fields={[
            {
              kind: "file",
              name: "file",
              label: `Bilddatei: PNG, JPEG oder SVG (höchstens ${MAX_LOGO_BYTES / 1024 / 1024} MB)`,
              hint: "Ein SVG wird in ein PNG umgerechnet; es darf keine anderen Dateien oder Webadressen einbinden.",
              accept: "image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg",
              required: true,
            },
          ]}
        />
      </section>
    </>
  );
}
