import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { TextAnchor } from "@/components/ui/text-link";
import { getDistrictOverview } from "@/lib/supervision/get-district-overview";
import { requirePlatformRole } from "@/lib/tenancy/require-platform-role";
import { berlinDate as dateFormat } from "@/lib/core/format/berlin-dates";

export const metadata: Metadata = { title: "Aufsicht" };

export default async function SupervisionPage() {
  const user = await requirePlatformRole("SUPERVISOR", "/aufsicht");
  const { district, regions } = await getDistrictOverview({ userId: user.id, platformRole: user.platformRole });
  return (
    <>
      <PageTitle>Übersicht {district?.name ?? ""}</PageTitle>
      {!district ? (
        <p className="mt-4">
          Ihrem Zugang ist kein Regierungsbezirk zugeordnet. Bitte wenden Sie sich an den Plattform-Betrieb.
        </p>
      ) : (
        <ResponsiveTable
          variant="rows"
          caption="Bildungsregionen des Bezirks mit Vertragsstand und Besetzung des Lenkungskreises"
          hideCaption
          className="mt-6"
        >
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Kooperationsvertrag</th>
              <th scope="col">Lenkungskreis</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.slug}>
                <th scope="row">
                  <TextAnchor href={`/${r.slug}`}>{r.name}</TextAnchor>
                </th>
                <td>
                  {r.agreement
                    ? `unterzeichnet am ${dateFormat.format(r.agreement.signedOn)}, ${r.agreement.isOpenEnded ? "unbefristet" : `bis ${r.agreement.endsOn ? dateFormat.format(r.agreement.endsOn) : "–"}`}${r.agreement.hasSignedDocument ? "" : " (Vertrags-PDF fehlt)"}`
                    : "nicht erfasst"}
                </td>
                <td>
                  {!r.steering || !r.steering.hasRules
                    ? "keine Sitzregeln erfasst"
                    : r.steering.isComplete
                      ? `vollständig (${r.steering.principals} Mitglieder)`
                      : `unvollständig (${r.steering.principals} Mitglieder)`}
                  {r.steering && r.steering.issues.length > 0 && (
                    <ul className="mt-1 list-disc pl-5">
                      {r.steering.issues.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
    </>
  );
}
