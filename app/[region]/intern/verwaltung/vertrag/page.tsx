import type { Metadata } from "next";
import Link from "next/link";
import { DoneNotice } from "@/components/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { getDoneNotice } from "@/lib/audit/get-done-notice";
import { describeRule } from "@/lib/governance/check-composition";
import { getAgreementOverview } from "@/lib/governance/get-agreement-overview";
import { QUORUM_LABEL } from "@/lib/governance/labels";
import { requireRegion } from "@/lib/tenancy/require-region";
import {
  createSeatCategoryAction,
  deleteSeatRuleAction,
  saveAgreementAction,
  saveQuorumRuleAction,
  saveSeatRuleAction,
  uploadAgreementAction,
} from "../actions";

export const metadata: Metadata = { title: "Kooperationsvertrag" };

const isoDate = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ erledigt?: string }>;
}) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "agreement.manage");
  const { agreement, bodies, categories, signedDocument } = await getAgreementOverview(context.actor);
  const categoryOptions = categories.map((c) => ({ value: c.id, label: c.name }));
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <DoneNotice message={notice} />
      <h1 className="text-3xl font-bold text-brand-900">Kooperationsvertrag</h1>
      <p className="mt-2 max-w-3xl">
        Der Vertrag zwischen dem Land NRW und {context.region.name}: Stellen, Ergänzungen und die Sitzregeln der
        Gremien.
      </p>

      <section aria-labelledby="vertrag-daten" className="mt-8 max-w-2xl">
        <h2 id="vertrag-daten" className="text-2xl font-semibold text-brand-800">
          {agreement ? "Vertragsdaten" : "Vertrag erfassen"}
        </h2>
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
              defaultValue: agreement?.parties ?? `Land Nordrhein-Westfalen und ${context.region.name}`,
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
              kind: "textarea",
              name: "supplements",
              label: "Regionale Ergänzungen",
              rows: 4,
              defaultValue: agreement?.supplements ?? "",
            },
          ]}
        />
      </section>

      {agreement && (
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
      )}

      {agreement ? (
        bodies.map((body) => (
          <section key={body.id} aria-labelledby={`regeln-${body.slug}`} className="mt-10">
            <h2 id={`regeln-${body.slug}`} className="text-2xl font-semibold text-brand-800">
              Sitzregeln: {body.name}
            </h2>
            {body.rules.length === 0 ? (
              <p className="mt-2">Noch keine Sitzregeln.</p>
            ) : (
              <table className="mt-3 w-full max-w-3xl text-left text-sm">
                <caption className="sr-only">Sitzregeln des Gremiums {body.name}</caption>
                <thead>
                  <tr className="border-b">
                    <th scope="col" className="py-1">
                      Sitzkategorie
                    </th>
                    <th scope="col">Regel</th>
                    <th scope="col">Stimmrecht</th>
                    <th scope="col">
                      <span className="sr-only">Aktion</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {body.rules.map((rule) => (
                    <tr key={rule.id} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 font-normal">
                        {rule.categoryName}
                      </th>
                      <td className="py-2">{describeRule(rule)}</td>
                      <td className="py-2">{rule.isAdvisory ? "beratend" : rule.hasVote ? "ja" : "nein"}</td>
                      <td className="py-2">
                        <ActionForm
                          id={`regel-loeschen-${rule.id}`}
                          compact
                          action={deleteSeatRuleAction.bind(null, slug)}
                          submitLabel={`Regel „${rule.categoryName}“ jetzt entfernen`}
                          confirm={{
                            summary: (
                              <>
                                Entfernen<span className="sr-only"> der Regel {rule.categoryName}</span> …
                              </>
                            ),
                            question: "Die Mitglieder behalten ihre Sitze; sie stehen dann ohne Regel.",
                          }}
                          fields={[{ kind: "hidden", name: "ruleId", value: rule.id }]}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <details className="mt-4 max-w-2xl rounded border border-brand-100 p-4">
              <summary className="cursor-pointer font-semibold text-brand-800">
                Sitzregel hinzufügen oder ändern
              </summary>
              <ActionForm
                id={`regel-${body.slug}`}
                className="mt-3"
                action={saveSeatRuleAction.bind(null, slug)}
                submitLabel="Sitzregel speichern"
                fields={[
                  { kind: "hidden", name: "bodyId", value: body.id },
                  {
                    kind: "select",
                    name: "seatCategoryId",
                    label: "Sitzkategorie",
                    required: true,
                    options: categoryOptions,
                    placeholder: "Bitte wählen",
                  },
                  {
                    kind: "number",
                    name: "minSeats",
                    label: "Mindestens",
                    required: true,
                    defaultValue: "0",
                    min: 0,
                    max: 99,
                  },
                  {
                    kind: "number",
                    name: "maxSeats",
                    label: "Höchstens",
                    hint: "Leer lassen für „beliebig viele“.",
                    min: 0,
                    max: 99,
                  },
                  { kind: "checkbox", name: "hasVote", label: "mit Stimmrecht", defaultChecked: true },
                  { kind: "checkbox", name: "isAdvisory", label: "beratender Sitz (Gäste je nach Thema, ohne Stimme)" },
                ]}
              />
            </details>
            <details className="mt-3 max-w-2xl rounded border border-brand-100 p-4">
              <summary className="cursor-pointer font-semibold text-brand-800">
                Beschlussfähigkeit:{" "}
                {body.quorum
                  ? QUORUM_LABEL[body.quorum.kind] +
                    (body.quorum.kind === "FRACTION" ? ` (${body.quorum.numerator}/${body.quorum.denominator})` : "") +
                    (body.quorum.deputiesCount ? ", Stellvertretungen zählen" : "")
                  : "noch nicht festgelegt"}
              </summary>
              <ActionForm
                id={`quorum-${body.slug}`}
                className="mt-3"
                action={saveQuorumRuleAction.bind(null, slug)}
                submitLabel="Regel speichern"
                fields={[
                  { kind: "hidden", name: "bodyId", value: body.id },
                  {
                    kind: "select",
                    name: "kind",
                    label: "Beschlussfähig, wenn",
                    required: true,
                    defaultValue: body.quorum?.kind ?? "MORE_THAN_HALF",
                    options: Object.entries(QUORUM_LABEL).map(([value, label]) => ({ value, label })),
                  },
                  {
                    kind: "number",
                    name: "numerator",
                    label: "Anteil: Zähler (nur bei festem Anteil)",
                    defaultValue: String(body.quorum?.numerator ?? 1),
                    min: 1,
                    max: 99,
                  },
                  {
                    kind: "number",
                    name: "denominator",
                    label: "Anteil: Nenner (nur bei festem Anteil)",
                    defaultValue: String(body.quorum?.denominator ?? 2),
                    min: 1,
                    max: 99,
                  },
                  {
                    kind: "checkbox",
                    name: "deputiesCount",
                    label: "Anwesende Stellvertretungen zählen für ihr Mitglied",
                    defaultChecked: body.quorum?.deputiesCount ?? true,
                  },
                ]}
              />
            </details>
          </section>
        ))
      ) : (
        <p className="mt-8">Sitzregeln und Beschlussfähigkeit lassen sich festlegen, sobald der Vertrag erfasst ist.</p>
      )}

      <section aria-labelledby="neue-kategorie" className="mt-10 max-w-2xl">
        <h2 id="neue-kategorie" className="text-2xl font-semibold text-brand-800">
          Weitere Sitzkategorie
        </h2>
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
    </>
  );
}
