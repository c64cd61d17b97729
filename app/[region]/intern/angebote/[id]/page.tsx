import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { ChainView } from "@/components/loop/chain-view";
import { offerFields } from "@/components/offers/offer-fields";
import { getChain } from "@/lib/loop/get-chain";
import { orNotFound } from "@/lib/http/or-not-found";
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
        <Link href={`/${slug}/intern/angebote`} className="text-brand-700 underline">
          Alle Angebote
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{offer.title}</h1>
      <p className="mt-2">
        Stand: <strong data-testid="angebot-status">{OFFER_STATUS_LABEL[offer.status]}</strong>
        {offer.status === "PUBLISHED" && (
          <>
            {" "}
            ·{" "}
            <a href={`/${slug}/angebote/${offer.id}`} className="text-brand-700 underline">
              öffentliche Seite
            </a>
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
          <h2 id="bearbeiten" className="text-xl font-semibold text-brand-800">
            Angaben
          </h2>
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
