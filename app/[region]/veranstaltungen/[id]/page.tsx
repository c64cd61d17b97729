import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { RETENTION_DAYS } from "@/lib/events/retention";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { jsonForScript } from "@/lib/offers/offer-json-ld";
import { origin } from "@/lib/regions/sitemap";
import { requirePublicRegion } from "@/lib/tenancy/require-region";
import { registerAction } from "../actions";

type Props = { params: Promise<{ region: string; id: string }> };

async function load(params: Props["params"]) {
  const { region: slug, id } = await params;
  const region = await requirePublicRegion(slug);
  const found = await getPublicEvent(region.id, id);
  if (!found) notFound();
  return { region, ...found };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { region, event } = await load(params);
  return { title: `${event.title} – ${region.name}`, description: event.description.slice(0, 160) || `${EVENT_KIND_LABEL[event.kind]} des Bildungsnetzwerks ${region.name}` };
}

export default async function PublicEventPage({ params }: Props) {
  const { region, event, placesLeft, waiting, open } = await load(params);
  const places = placesLeft > 0
    ? `Noch ${placesLeft === 1 ? "1 Platz" : `${placesLeft} Plätze`} frei.`
    : `Alle Plätze sind belegt. Sie können sich auf die Warteliste setzen (derzeit ${waiting === 1 ? "1 Person" : `${waiting} Personen`}); wird ein Platz frei, rücken Sie automatisch nach.`;
  const jsonLd = {
    "@context": "https://schema.org", "@type": "Event", name: event.title, description: event.description || undefined, inLanguage: "de",
    url: `${origin()}/${region.slug}/veranstaltungen/${event.id}`, startDate: event.startsAt.toISOString(), ...(event.endsAt ? { endDate: event.endsAt.toISOString() } : {}),
    eventStatus: "https://schema.org/EventScheduled", eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: event.location, address: event.location },
    organizer: { "@type": "Organization", name: `Regionales Bildungsnetzwerk ${region.name}` },
    isAccessibleForFree: true, maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: placesLeft,
  };
  return (
    <>
      {/* schema.org data block (not executed); jsonForScript escapes "<" */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="text-sm"><a href={`/${region.slug}/termine`} className="text-brand-700 underline">Termine: Bildungsnetzwerk {region.name}</a></p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{event.title}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Art</dt><dd>{EVENT_KIND_LABEL[event.kind]}</dd>
        <dt className="font-semibold">Wann</dt>
        <dd><time dateTime={event.startsAt.toISOString()}>{berlinDateTime.format(event.startsAt)} Uhr</time>{event.endsAt && <> bis <time dateTime={event.endsAt.toISOString()}>{berlinDateTime.format(event.endsAt)} Uhr</time></>}</dd>
        <dt className="font-semibold">Wo</dt><dd>{event.location}</dd>
      </dl>
      {event.description && <p className="mt-4 max-w-3xl whitespace-pre-line">{event.description}</p>}
      {event.forums.length > 0 && (
        <section aria-labelledby="programm" className="mt-6">
          <h2 id="programm" className="text-2xl font-semibold text-brand-800">Programm</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {event.forums.map((f) => (
              <li key={f.id}>
                <strong>{f.title}</strong>
                {f.fieldOfAction && <> (Handlungsfeld <a href={`/${region.slug}/handlungsfelder/${f.fieldOfAction.slug}`} className="text-brand-700 underline">{f.fieldOfAction.name}</a>)</>}
                {f.description && <p>{f.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {event.kind === "CONFERENCE" && event.startsAt <= new Date() && (
        <section aria-labelledby="bericht" className="mt-6">
          <h2 id="bericht" className="text-2xl font-semibold text-brand-800">Bericht an die Bildungskonferenz</h2>
          <p className="mt-2 max-w-3xl">Was seit der Bildungskonferenz davor empfohlen, beschlossen und umgesetzt wurde – je Handlungsfeld, mit dem aktuellen Stand der Aufträge.</p>
          <p className="mt-1"><a href={`/${region.slug}/veranstaltungen/${event.id}/bericht.pdf`} className="text-brand-700 underline">Bericht an die Bildungskonferenz (PDF)</a></p>
        </section>
      )}
      <section aria-labelledby="anmeldung" className="mt-8 max-w-2xl">
        <h2 id="anmeldung" className="text-2xl font-semibold text-brand-800">Anmeldung</h2>
        {open ? (
          <>
            <p className="mt-2" data-testid="plaetze">{places}</p>
            <ActionForm id="anmeldung-form" labelledBy="anmeldung" className="mt-3" action={registerAction.bind(null, region.slug)} submitLabel={placesLeft > 0 ? "Verbindlich anmelden" : "Auf die Warteliste setzen"} resetOnSuccess
              fields={[
                { kind: "hidden", name: "eventId", value: event.id },
                { kind: "text", name: "name", label: "Vor- und Nachname", required: true, autoComplete: "name" },
                { kind: "text", name: "institution", label: "Einrichtung (z. B. Schule, Kita, Verein)", autoComplete: "organization" },
                { kind: "email", name: "email", label: "E-Mail-Adresse", required: true, autoComplete: "email", hint: "An diese Adresse schicken wir die Bestätigung und Ihren Link zum Stornieren." },
                ...(event.forums.length > 0
                  ? [{ kind: "select" as const, name: "forumId", label: "Forum", placeholder: "— noch nicht festgelegt —", options: event.forums.map((f) => ({ value: f.id, label: f.title })) }]
                  : []),
                { kind: "checkbox", name: "consent", label: "Ich bin einverstanden, dass das Bildungsbüro meine Angaben für diese Veranstaltung verarbeitet (Teilnahmeliste, Namensschild, E-Mails zur Veranstaltung).", hint: `Ihre Angaben nutzt nur das Bildungsbüro, nur für diese Veranstaltung; ${RETENTION_DAYS} Tage danach werden Name, Einrichtung und E-Mail-Adresse gelöscht. Mehr in der Datenschutzerklärung.` },
              ]} />
            <p className="mt-2 text-sm"><a href={`/${region.slug}/datenschutz`} className="text-brand-700 underline">Datenschutzerklärung</a></p>
          </>
        ) : <p className="mt-2">Die Anmeldung ist geschlossen.</p>}
      </section>
    </>
  );
}
