import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { ChainView } from "@/components/recommendations/chain-view";
import { offerFields } from "@/components/offers/offer-fields";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getChain } from "@/lib/recommendations/get-chain";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { OFFER_STATUS_LABEL } from "@/lib/offers/labels";
import { getManagedOffer, loadOfferFormChoices } from "@/lib/offers/manage-offers";
import { requireRegion } from "@/lib/tenancy/require-region";
import { setOfferStatusAction, updateOfferAction } from "../actions";

export const metadata: Metadata = { title: "Angebot bearbeiten" };

export default async function EditOfferPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "intern.view");
  const { actor } = context;
  const current = await orNotFound(getManagedOffer(actor, id));
  const choices = await loadOfferFormChoices(actor);
  const chain = context.can("offers.write") ? await getChain(actor, { kind: "offer", id }) : null;
  const { offer } = current;
  const isOffice = context.can("offers.write");
  const step = (
    name: string,
    label: string,
    extra: { confirm?: { summary: string; question: string }; note?: boolean } = {},
  ) => (
    <ActionForm
      key={name}
      id={`schritt-${name}`}
      compact
      action={setOfferStatusAction.bind(null, slug)}
      submitLabel={label}
      confirm={extra.confirm}
      fields={[
        { kind: "hidden", name: "offerId", value: offer.id },
        { kind: "hidden", name: "step", value: name },
        ...(extra.note ? [{ kind: "textarea" as const, name: "note", label: "Hinweis an den Partner", rows: 2 }] : []),
      ]}
    />
  );
  const editable = isOffice || offer.status === "DRAFT";
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/angebote`}>Alle Angebote</TextLink>
      </p>
      <PageTitle className="mt-1">{offer.title}</PageTitle>
      <p className="mt-2">
        Stand: <strong data-testid="angebot-status">{OFFER_STATUS_LABEL[offer.status]}</strong>
        {offer.status === "PUBLISHED" && (
          <>
            {" "}
            · <TextAnchor href={`/${slug}/angebote/${offer.id}`}>öffentliche Seite</TextAnchor>
          </>
        )}
      </p>
      {offer.reviewNote && (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-3">
          Hinweis des Bildungsbüros: {offer.reviewNote}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        {!isOffice && offer.status === "DRAFT" && step("submit", "Zur Prüfung einreichen")}
        {isOffice && offer.status !== "PUBLISHED" && step("publish", "Veröffentlichen")}
        {context.can("offers.review") &&
          offer.status === "IN_REVIEW" &&
          step("return", "Mit Hinweis zurückgeben", { note: true })}
        {isOffice &&
          offer.status !== "ARCHIVED" &&
          step("archive", "Archivieren", {
            confirm: {
              summary: "Archivieren …",
              question:
                "Das Angebot verschwindet aus der öffentlichen Suche; es bleibt hier erhalten und kann wieder veröffentlicht werden.",
            },
          })}
      </div>
      {chain && <ChainView chain={chain} slug={slug} />}
      {editable ? (
        <section aria-labelledby="bearbeiten" className="mt-8 max-w-2xl">
          <SectionHeading size="medium" id="bearbeiten">
            Angaben
          </SectionHeading>
          <ActionForm
            id="angebot-bearbeiten"
            labelledBy="bearbeiten"
            className="mt-3"
            action={updateOfferAction.bind(null, slug)}
            submitLabel="Änderungen speichern"
            fields={[{ kind: "hidden", name: "offerId", value: offer.id }, ...offerFields(choices, current)]}
          />
        </section>
      ) : (
        <p className="mt-6">Der Vorschlag liegt beim Bildungsbüro; ändern kann ihn jetzt nur das Bildungsbüro.</p>
      )}
    </>
  );
}
