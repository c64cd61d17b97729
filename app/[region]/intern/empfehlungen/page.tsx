import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import { berlinDate } from "@/lib/core/format/berlin-dates";
import { RECOMMENDATION_STATUS_LABEL } from "@/lib/recommendations/labels";
import { canSeeLoop, listRecommendations } from "@/lib/recommendations/recommendations";
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
      <PageTitle>Empfehlungen der Bildungskonferenz</PageTitle>
      <p className="mt-2 max-w-3xl">
        Empfehlungen je Handlungsfeld gehen an den Lenkungskreis; jeder Beschluss, jeder Auftrag und jedes Angebot, das
        daraus folgt, bleibt mit ihnen verknüpft.{" "}
        <TextLink strong href={`/${slug}/intern/empfehlungen/bericht`}>
          Bericht an die Bildungskonferenz erstellen
        </TextLink>
      </p>
      {recommendations.length === 0 ? (
        <EmptyState
          next={
            context.can("recommendations.submit")
              ? { href: "#neue-empfehlung", label: "Eine Empfehlung erfassen" }
              : null
          }
        >
          Noch keine Empfehlungen.
        </EmptyState>
      ) : (
        <ResponsiveTable variant="lined" caption="Empfehlungen, die neuesten zuerst" className="mt-4">
          <thead>
            <tr>
              <th scope="col">Empfehlung</th>
              <th scope="col">Handlungsfeld</th>
              <th scope="col">Eingebracht</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {recommendations.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <TextLink href={`/${slug}/intern/empfehlungen/${r.id}`}>{r.title}</TextLink>
                  {r.forum && (
                    <span className="block text-sm text-muted">
                      {r.forum}
                      {r.event ? `, ${r.event.title}` : ""}
                    </span>
                  )}
                </th>
                <td>
                  <TextLink href={`/${slug}/intern/handlungsfelder/${r.fieldOfAction.slug}`}>
                    {r.fieldOfAction.name}
                  </TextLink>
                </td>
                <td>{berlinDate.format(r.createdAt)}</td>
                <td>
                  {RECOMMENDATION_STATUS_LABEL[r.status]}
                  {r.decisions.length > 0 &&
                    `: ${r.decisions.map((d) => `Beschluss ${d.number} ${OUTCOME_LABEL[d.outcome]}`).join(", ")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      {context.can("recommendations.submit") && (
        <section aria-labelledby="neue-empfehlung" className="mt-10 max-w-2xl">
          <SectionHeading size="medium" id="neue-empfehlung">
            Neue Empfehlung erfassen
          </SectionHeading>
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
