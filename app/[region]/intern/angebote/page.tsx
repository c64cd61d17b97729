import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { offerFields } from "@/components/offers/offer-fields";
import { OFFER_KIND_LABEL, OFFER_STATUS_LABEL } from "@/lib/offers/labels";
import { listManagedOffers, loadOfferFormChoices } from "@/lib/offers/manage-offers";
import { PageTitle } from "@/components/ui/page-title";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createOfferAction } from "./actions";

export const metadata: Metadata = { title: "Angebote verwalten" };

export default async function ManageOffersPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view");
  const { actor } = context;
  const isOffice = context.can("offers.write");
  if (!isOffice && !context.can("offers.propose")) notFound();
  const [offers, choices] = [await listManagedOffers(actor), await loadOfferFormChoices(actor)];
  return (
    <>
      <PageTitle>{isOffice ? "Angebote" : "Meine Angebotsvorschläge"}</PageTitle>
      <p className="mt-2 max-w-3xl">
        {isOffice
          ? "Veröffentlichte Angebote erscheinen sofort in der Suche der Region und in ganz NRW. Vorschläge von Bildungspartnern prüfen Sie hier."
          : "Ihre Vorschläge prüft das Bildungsbüro, bevor sie öffentlich erscheinen."}{" "}
        <TextLink href={`/${slug}/angebote`}>Öffentliche Angebotssuche</TextLink>
      </p>
      {offers.length === 0 ? (
        <EmptyState
          next={{ href: "#neues-angebot", label: isOffice ? "Ein Angebot anlegen" : "Ein Angebot vorschlagen" }}
        >
          Noch keine Angebote.
        </EmptyState>
      ) : (
        <ResponsiveTable variant="lined" caption="Angebote nach Stand" className="mt-4">
          <thead>
            <tr>
              <th scope="col">Titel</th>
              <th scope="col">Art</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {offers.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  <TextLink href={`/${slug}/intern/angebote/${o.id}`}>{o.title}</TextLink>
                </th>
                <td>{OFFER_KIND_LABEL[o.kind]}</td>
                <td>
                  {OFFER_STATUS_LABEL[o.status]}
                  {o.reviewNote ? " – zurückgegeben mit Hinweis" : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      <section aria-labelledby="neues-angebot" className="mt-10 max-w-2xl">
        <SectionHeading size="medium" id="neues-angebot">
          {isOffice ? "Neues Angebot" : "Neues Angebot vorschlagen"}
        </SectionHeading>
        <ActionForm
          id="neues-angebot-form"
          labelledBy="neues-angebot"
          className="mt-3"
          action={createOfferAction.bind(null, slug)}
          submitLabel="Als Entwurf speichern"
          fields={offerFields(choices)}
        />
      </section>
    </>
  );
}
