import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { berlinDate } from "@/lib/format/berlin-dates";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/loop/labels";
import { canSeeLoop, listRecommendations } from "@/lib/loop/recommendations";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createRecommendationAction } from "./actions";

export const metadata: Metadata = { title: "Empfehlungen der Bildungskonferenz" };

export default async function RecommendationsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view");
  const { actor } = context;
  if (!canSeeLoop(actor)) notFound();
  const { recommendations, fieldsOfAction, forums } = await listRecommendations(actor);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Empfehlungen der Bildungskonferenz</h1>
      <p className="mt-2 max-w-3xl">
        Empfehlungen je Handlungsfeld gehen an den Lenkungskreis; jeder Beschluss, jeder Auftrag und jedes Angebot, das
        daraus folgt, bleibt mit ihnen verknüpft.{" "}
        <Link href={`/${slug}/intern/empfehlungen/bericht`} className="font-semibold text-brand-700 underline">
          Bericht an die Bildungskonferenz erstellen
        </Link>
      </p>
      {recommendations.length === 0 ? (
        <p className="mt-4">Noch keine Empfehlungen.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="text-left font-semibold">Empfehlungen, die neuesten zuerst</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b p-2">
                Empfehlung
              </th>
              <th scope="col" className="border-b p-2">
                Handlungsfeld
              </th>
              <th scope="col" className="border-b p-2">
                Eingebracht
              </th>
              <th scope="col" className="border-b p-2">
                Stand
              </th>
            </tr>
          </thead>
          <tbody>
            {recommendations.map((r) => (
              <tr key={r.id}>
                <th scope="row" className="border-b p-2 font-normal">
                  <Link href={`/${slug}/intern/empfehlungen/${r.id}`} className="text-brand-700 underline">
                    {r.title}
                  </Link>
                  {r.forum && (
                    <span className="block text-sm text-muted">
                      {r.forum}
                      {r.event ? `, ${r.event.title}` : ""}
                    </span>
                  )}
                </th>
                <td className="border-b p-2">
                  <Link
                    href={`/${slug}/intern/handlungsfelder/${r.fieldOfAction.slug}`}
                    className="text-brand-700 underline"
                  >
                    {r.fieldOfAction.name}
                  </Link>
                </td>
                <td className="border-b p-2">{berlinDate.format(r.createdAt)}</td>
                <td className="border-b p-2">
                  {RECOMMENDATION_STATUS_LABEL[r.status]}
                  {r.decisions.length > 0 &&
                    `: ${r.decisions.map((d) => `Beschluss ${d.number} ${OUTCOME_LABEL[d.outcome]}`).join(", ")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {context.can("recommendations.submit") && (
        <section aria-labelledby="neue-empfehlung" className="mt-10 max-w-2xl">
          <h2 id="neue-empfehlung" className="text-xl font-semibold text-brand-800">
            Neue Empfehlung erfassen
          </h2>
          <ActionForm
            id="neue-empfehlung-form"
            labelledBy="neue-empfehlung"
            className="mt-3"
            action={createRecommendationAction.bind(null, slug)}
            submitLabel="Empfehlung erfassen"
            fields={[
              { kind: "text", name: "title", label: "Titel", required: true },
              { kind: "textarea", name: "text", label: "Text der Empfehlung", required: true, rows: 5 },
              {
                kind: "select",
                name: "fieldOfActionId",
                label: "Handlungsfeld",
                required: true,
                placeholder: "Bitte wählen",
                options: fieldsOfAction.map((f) => ({ value: f.id, label: f.name })),
              },
              ...(forums.length > 0
                ? [
                    {
                      kind: "select" as const,
                      name: "eventForumId",
                      label: "Aus dem Forum",
                      placeholder: "— aus keinem Forum einer Veranstaltung —",
                      options: forums.map((f) => ({ value: f.id, label: f.label })),
                    },
                  ]
                : []),
              {
                kind: "text",
                name: "forum",
                label: "Oder: Herkunft frei angeben",
                hint: "Zum Beispiel ein Arbeitskreis; wird nur verwendet, wenn oben kein Forum gewählt ist.",
              },
              {
                kind: "checkbox",
                name: "isPublic",
                label: "öffentlich (auf der Seite des Handlungsfelds)",
                defaultChecked: true,
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
