import { Markdown } from "@/components/markdown";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { DateTime } from "@/components/ui/date-time";
import { Detail, DetailList } from "@/components/ui/detail-list";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getPublicOffer } from "@/lib/offers/get-public-offer";
import { OFFER_KIND_LABEL, TARGET_GROUP_LABEL } from "@/lib/offers/labels";
import { jsonForScript, offerJsonLd } from "@/lib/offers/offer-json-ld";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { param, regionPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";
import { origin } from "@/lib/core/http/site-origin";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = regionPage(async (region, context) => {
  const id = param(context, "id");
  const offer = await publicRead(region, `offer:${id}`, () => getPublicOffer(region.id, id));
  return offer && { offer };
});

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

type Data = { region: RegionSummary; offer: NonNullable<Awaited<ReturnType<typeof getPublicOffer>>> };

export default publicView<Data>(function OfferPage({ user, region, offer }) {
  const place = offer.place;
  const path = `/${region.slug}/angebote/${offer.id}`;
  const url = `${origin()}${path}`;
  const openGraph = {
    title: offer.title,
    description: offer.summary || undefined,
    siteName: `Bildungsnetzwerk ${region.name}`,
    path,
  };
  return (
    <PublicFrame
      user={user}
      head={{ title: `${offer.title} – ${region.name}`, description: offer.summary || undefined, openGraph }}
      region={region}
    >
      {/* schema.org data block (not executed); jsonForScript escapes "<" */}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(offerJsonLd(offer, url, region.name)) }}
      />
      <p className="text-sm">
        <TextLink href={`/${region.slug}/angebote`}>Alle Bildungsangebote in {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">{offer.title}</PageTitle>
      {offer.summary && <p className="mt-2 text-lg">{offer.summary}</p>}
      <DetailList className="mt-4">
        <Detail term="Art">{OFFER_KIND_LABEL[offer.kind]}</Detail>
        {offer.targetGroups.length > 0 && (
          <>
            <Detail term="Für">{offer.targetGroups.map((g) => TARGET_GROUP_LABEL[g]).join(", ")}</Detail>
          </>
        )}
        {offer.fields.length > 0 && (
          <>
            <Detail term="Handlungsfeld">{offer.fields.join(", ")}</Detail>
          </>
        )}
        {offer.partner && (
          <>
            <Detail term="Anbieter">{offer.partner.name}</Detail>
          </>
        )}
        {offer.origin && (
          <>
            <Detail term="Hervorgegangen aus">
              <TextLink href={`/${region.slug}/gremien/${offer.origin.bodySlug}#beschluss-${offer.origin.id}`}>
                Beschluss {offer.origin.number} ({offer.origin.bodyName})
              </TextLink>
            </Detail>
          </>
        )}
        {place && (
          <>
            <Detail term="Ort">
              {[place.name, place.street, [place.postalCode, place.city].filter(Boolean).join(" ")]
                .filter(Boolean)
                .join(", ")}
              {place.locality && place.locality.name !== place.city ? ` (${place.locality.name})` : ""}
            </Detail>
          </>
        )}
        <Detail term="Kosten">
          {offer.isFree
            ? "kostenlos"
            : offer.priceCents !== null
              ? euro.format(offer.priceCents / 100)
              : "kostenpflichtig"}
          {offer.costNote ? ` – ${offer.costNote}` : ""}
        </Detail>
        <Detail term="Barrierefreiheit">
          {[
            offer.wheelchairAccessible ? "rollstuhlgerecht" : null,
            offer.easyLanguage ? "Leichte Sprache" : null,
            offer.languages.length ? `Sprachen: ${offer.languages.join(", ")}` : null,
          ]
            .filter(Boolean)
            .join(", ") || "keine Angaben"}
        </Detail>
      </DetailList>
      <section aria-labelledby="termine" className="mt-6">
        <SectionHeading id="termine">Termine</SectionHeading>
        {offer.dates.length === 0 ? (
          <p className="mt-2">Nach Vereinbarung.</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {offer.dates.map((d) => (
              <li key={d.id}>
                <DateTime value={d.startsAt} />
                {d.endsAt && (
                  <>
                    {" "}
                    bis <DateTime value={d.endsAt} />
                  </>
                )}
                {d.note && ` – ${d.note}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {offer.description && offer.description !== offer.summary && (
        <section aria-labelledby="beschreibung" className="mt-6 max-w-3xl">
          <SectionHeading id="beschreibung">Beschreibung</SectionHeading>
          <div className="mt-2">
            <Markdown text={offer.description} />
          </div>
        </section>
      )}
      {(offer.contactName || offer.contactEmail || offer.contactPhone || offer.registrationUrl) && (
        <section aria-labelledby="kontakt" className="mt-6">
          <SectionHeading id="kontakt">Kontakt und Anmeldung</SectionHeading>
          <p className="mt-2">
            {offer.contactName && (
              <>
                {offer.contactName}
                <br />
              </>
            )}
            {offer.contactEmail && (
              <>
                <TextAnchor href={`mailto:${offer.contactEmail}`}>{offer.contactEmail}</TextAnchor>
                <br />
              </>
            )}
            {offer.contactPhone && (
              <>
                Telefon {offer.contactPhone}
                <br />
              </>
            )}
            {/^https:\/\//.test(offer.registrationUrl) && (
              <TextAnchor
                strong
                href={offer.registrationUrl}

                rel="noopener noreferrer"
              >
                Zur Anmeldung
              </TextAnchor>
            )}
          </p>
        </section>
      )}
    </PublicFrame>
  );
});
