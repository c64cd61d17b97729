import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { listLegalPages } from "@/lib/regions/legal-pages";
import { requireRegion } from "@/lib/tenancy/require-region";
import { saveLegalPageAction } from "../actions";

export const metadata: Metadata = { title: "Rechtliche Seiten" };

export default async function LegalPagesAdmin({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "region.manage");
  const pages = await listLegalPages(context.actor);
  return (
    <>
      <PageTitle>Rechtliche Seiten</PageTitle>
      <p className="mt-2 max-w-3xl">
        Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit stehen auf jeder öffentlichen Seite der
        Region. Solange Sie kein eigenes Feld ausfüllen, erscheint der Standardtext aus den Kontaktdaten der Region.
        Markdown ist möglich (## Überschrift, **fett**, Listen mit -).
      </p>
      {pages.map((p) => (
        <section key={p.kind} aria-labelledby={`seite-${p.path}`} className="mt-8 max-w-3xl">
          <SectionHeading size="medium" id={`seite-${p.path}`}>
            {p.title}
          </SectionHeading>
          <p className="text-sm">
            <TextLink href={`/${slug}/${p.path}`}>Öffentliche Seite „{p.title}“ ansehen</TextLink>
            {p.body ? "" : " (zurzeit der Standardtext)"}
          </p>
          <ActionForm
            id={`rechtliches-${p.path}`}
            className="mt-2"
            labelledBy={`seite-${p.path}`}
            action={saveLegalPageAction.bind(null, slug)}
            submitLabel={`${p.title} speichern`}
            fields={[
              { kind: "hidden", name: "kind", value: p.kind },
              {
                kind: "textarea",
                name: "body",
                label: `Eigener Text für „${p.title}“`,
                hint: "Leer lassen oder leeren, um den Standardtext zu verwenden.",
                rows: 10,
                defaultValue: p.body || p.defaultBody,
              },
            ]}
          />
        </section>
      ))}
    </>
  );
}
