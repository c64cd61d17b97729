import Link from "next/link";
import type { FieldSpec } from "@/components/forms/form-body";
import { PostForm } from "@/components/forms/post-form";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { registerForEvent } from "@/lib/events/registrations";
import { RETENTION_DAYS } from "@/lib/events/retention";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { runForm, type FormState } from "@/lib/forms/form-state";
import { jsonForScript } from "@/lib/offers/offer-json-ld";
import { param, regionFormPage } from "@/lib/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";
import { origin } from "@/lib/site-origin";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The message after a registration, from the page's address (the post redirects there). */
function registered(value: string | string[] | undefined): FormState | null {
  if (value === "bestaetigt")
    return {
      status: "ok",
      message:
        "Vielen Dank, Ihre Anmeldung ist bestätigt. Wir haben Ihnen eine E-Mail mit allen Angaben und einem Link zum Stornieren geschickt.",
    };
  const waiting = typeof value === "string" ? /^warteliste-(\d{1,5})$/.exec(value) : null;
  if (waiting)
    return {
      status: "ok",
      message: `Vielen Dank. Die Plätze sind belegt; Sie stehen auf Platz ${waiting[1]} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.`,
    };
  return null;
}

export const getServerSideProps = regionFormPage(
  async (region, context, form) => {
    const found = await getPublicEvent(region.id, param(context, "id"));
    return (
      found && {
        ...found,
        retentionDays: RETENTION_DAYS,
        form: form.status === "idle" ? (registered(context.query.anmeldung) ?? form) : form,
      }
    );
  },
  async (region, context, form) => {
    let outcome = "";
    const state = await runForm(form, async () => {
      const result = await registerForEvent(
        region.id,
        { ...Object.fromEntries(form), eventId: param(context, "id") },
        clientKeyFrom(context.req.headers),
      );
      outcome = result.status === "CONFIRMED" ? "bestaetigt" : `warteliste-${result.waitingPosition}`;
      return { message: "" };
    });
    return state.status === "ok"
      ? { redirect: `/${region.slug}/veranstaltungen/${param(context, "id")}?anmeldung=${outcome}#anmeldung` }
      : state;
  },
);

type Data = { region: RegionSummary; form: FormState; retentionDays: number } & NonNullable<
  Awaited<ReturnType<typeof getPublicEvent>>
>;

export default publicView<Data>(function PublicEventPage({
  user,
  region,
  event,
  placesLeft,
  waiting,
  open,
  form,
  retentionDays,
}) {
  const path = `/${region.slug}/veranstaltungen/${event.id}`;
  const places =
    placesLeft > 0
      ? `Noch ${placesLeft === 1 ? "1 Platz" : `${placesLeft} Plätze`} frei.`
      : `Alle Plätze sind belegt. Sie können sich auf die Warteliste setzen (derzeit ${waiting === 1 ? "1 Person" : `${waiting} Personen`}); wird ein Platz frei, rücken Sie automatisch nach.`;
  const description =
    event.description.slice(0, 160) || `${EVENT_KIND_LABEL[event.kind]} des Bildungsnetzwerks ${region.name}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description || undefined,
    inLanguage: "de",
    url: `${origin()}${path}`,
    startDate: event.startsAt.toISOString(),
    ...(event.endsAt ? { endDate: event.endsAt.toISOString() } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: { "@type": "Place", name: event.location, address: event.location },
    organizer: { "@type": "Organization", name: `Regionales Bildungsnetzwerk ${region.name}` },
    isAccessibleForFree: true,
    maximumAttendeeCapacity: event.capacity,
    remainingAttendeeCapacity: placesLeft,
  };
  const fields: FieldSpec[] = [
    { kind: "text", name: "name", label: "Vor- und Nachname", required: true, autoComplete: "name" },
    {
      kind: "text",
      name: "institution",
      label: "Einrichtung (z. B. Schule, Kita, Verein)",
      autoComplete: "organization",
    },
    {
      kind: "email",
      name: "email",
      label: "E-Mail-Adresse",
      required: true,
      autoComplete: "email",
      hint: "An diese Adresse schicken wir die Bestätigung und Ihren Link zum Stornieren.",
    },
    ...(event.forums.length > 0
      ? [
          {
            kind: "select" as const,
            name: "forumId",
            label: "Forum",
            placeholder: "— noch nicht festgelegt —",
            options: event.forums.map((f) => ({ value: f.id, label: f.title })),
          },
        ]
      : []),
    {
      kind: "checkbox",
      name: "consent",
      label:
        "Ich bin einverstanden, dass das Bildungsbüro meine Angaben für diese Veranstaltung verarbeitet (Teilnahmeliste, Namensschild, E-Mails zur Veranstaltung).",
      hint: `Ihre Angaben nutzt nur das Bildungsbüro, nur für diese Veranstaltung; ${retentionDays} Tage danach werden Name, Einrichtung und E-Mail-Adresse gelöscht. Mehr in der Datenschutzerklärung.`,
    },
  ];
  return (
    <PublicFrame
      user={user}
      region={region}
      head={{
        title: `${event.title} – ${region.name}`,
        description,
        openGraph: { title: event.title, description, siteName: `Bildungsnetzwerk ${region.name}`, path },
      }}
    >
      {/* schema.org data block (not executed); jsonForScript escapes "<" */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="text-sm">
        <Link href={`/${region.slug}/termine`} className="text-brand-700 underline">
          Termine: Bildungsnetzwerk {region.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{event.title}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Art</dt>
        <dd>{EVENT_KIND_LABEL[event.kind]}</dd>
        <dt className="font-semibold">Wann</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{berlinDateTime.format(event.startsAt)} Uhr</time>
          {event.endsAt && (
            <>
              {" "}
              bis <time dateTime={event.endsAt.toISOString()}>{berlinDateTime.format(event.endsAt)} Uhr</time>
            </>
          )}
        </dd>
        <dt className="font-semibold">Wo</dt>
        <dd>{event.location}</dd>
      </dl>
      {event.description && <p className="mt-4 max-w-3xl whitespace-pre-line">{event.description}</p>}
      {event.forums.length > 0 && (
        <section aria-labelledby="programm" className="mt-6">
          <h2 id="programm" className="text-2xl font-semibold text-brand-800">
            Programm
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {event.forums.map((f) => (
              <li key={f.id}>
                <strong>{f.title}</strong>
                {f.fieldOfAction && (
                  <>
                    {" "}
                    (Handlungsfeld{" "}
                    <Link
                      href={`/${region.slug}/handlungsfelder/${f.fieldOfAction.slug}`}
                      className="text-brand-700 underline"
                    >
                      {f.fieldOfAction.name}
                    </Link>
                    )
                  </>
                )}
                {f.description && <p>{f.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {event.kind === "CONFERENCE" && event.startsAt <= new Date() && (
        <section aria-labelledby="bericht" className="mt-6">
          <h2 id="bericht" className="text-2xl font-semibold text-brand-800">
            Bericht an die Bildungskonferenz
          </h2>
          <p className="mt-2 max-w-3xl">
            Was seit der Bildungskonferenz davor empfohlen, beschlossen und umgesetzt wurde – je Handlungsfeld, mit dem
            aktuellen Stand der Aufträge.
          </p>
          <p className="mt-1">
            <a href={`${path}/bericht.pdf`} className="text-brand-700 underline">
              Bericht an die Bildungskonferenz (PDF)
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="anmeldung-titel" id="anmeldung" className="mt-8 max-w-2xl">
        <h2 id="anmeldung-titel" className="text-2xl font-semibold text-brand-800">
          Anmeldung
        </h2>
        {open ? (
          <>
            <p className="mt-2" data-testid="plaetze">
              {places}
            </p>
            <PostForm
              id="anmeldung-form"
              labelledBy="anmeldung-titel"
              className="mt-3"
              action={`${path}#anmeldung`}
              state={form}
              submitLabel={placesLeft > 0 ? "Verbindlich anmelden" : "Auf die Warteliste setzen"}
              fields={fields}
            />
            <p className="mt-2 text-sm">
              <Link href={`/${region.slug}/datenschutz`} className="text-brand-700 underline">
                Datenschutzerklärung
              </Link>
            </p>
          </>
        ) : (
          <>
            {form.status === "ok" && (
              <p className="mt-2 rounded border border-brand-700 bg-brand-50 p-3" role="status">
                {form.message}
              </p>
            )}
            <p className="mt-2">Die Anmeldung ist geschlossen.</p>
          </>
        )}
      </section>
    </PublicFrame>
  );
});
