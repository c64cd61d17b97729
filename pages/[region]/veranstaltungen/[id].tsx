import { ConferenceReportSection } from "@/components/events/conference-report-section";
import { PublicEventFacts } from "@/components/events/public-event-facts";
import { PublicEventJsonLd } from "@/components/events/public-event-json-ld";
import { PublicEventProgramme } from "@/components/events/public-event-programme";
import { RegistrationSection } from "@/components/events/registration-section";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { clientKeyFrom } from "@/lib/auth/client-key";
import { getPublicEvent } from "@/lib/events/get-public-event";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { registerForEvent } from "@/lib/events/registrations";
import { RETENTION_DAYS } from "@/lib/events/retention";
import { runForm, type FormState } from "@/lib/core/forms/form-state";
import { param, regionFormPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

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
        clientKeyFrom(context.req.headers, context.req.socket?.remoteAddress),
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
  const description =
    event.description.slice(0, 160) || `${EVENT_KIND_LABEL[event.kind]} des Bildungsnetzwerks ${region.name}`;
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
      <PublicEventJsonLd region={region} event={event} path={path} placesLeft={placesLeft} />
      <p className="text-sm">
        <TextLink href={`/${region.slug}/termine`}>Termine: Bildungsnetzwerk {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">{event.title}</PageTitle>
      <PublicEventFacts event={event} />
      {event.description && <p className="mt-4 max-w-3xl whitespace-pre-line wrap-anywhere">{event.description}</p>}
      {event.forums.length > 0 && <PublicEventProgramme regionSlug={region.slug} forums={event.forums} />}
      {event.kind === "CONFERENCE" && event.startsAt <= new Date() && <ConferenceReportSection path={path} />}
      <RegistrationSection
        regionSlug={region.slug}
        path={path}
        forums={event.forums}
        placesLeft={placesLeft}
        waiting={waiting}
        open={open}
        form={form}
        retentionDays={retentionDays}
      />
    </PublicFrame>
  );
});
