import { PublicMeetings } from "@/components/meetings/public-meetings";
import { DateTime } from "@/components/ui/date-time";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { listPublicDates } from "@/lib/calendar/public-dates";
import { listPublicMeetings } from "@/lib/meetings/list-public-meetings";
import { getRegionHome } from "@/lib/regions/get-region-home";
import { publicRead } from "@/lib/core/public-cache/public-read";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { regionPage } from "@/lib/core/public-pages/page-props";
import type { RegionSummary } from "@/lib/regions/find-region-by-slug";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

async function load(region: RegionSummary) {
  const { upcoming, past } = await publicRead(region, "meetings", () => listPublicMeetings(region.id));
  const now = Date.now();
  const dates = ((await publicRead(region, "dates", () => listPublicDates(region)))?.dates ?? []).filter(
    (d) => d.startsAt.getTime() >= now,
  );
  const events = dates.filter((d) => d.kind === "event");
  const offerDates = dates.filter((d) => d.kind === "offer").slice(0, 50);
  const fields = (await publicRead(region, "home", () => getRegionHome(region.id))).fieldsOfAction;
  return { upcoming, past, events, offerDates, fields };
}
export const getServerSideProps = regionPage(load);

/** Upcoming dates, each linked to its event or offer. */
function DateList({ dates, empty }: { dates: NonNullable<Awaited<ReturnType<typeof load>>>["events"]; empty: string }) {
  if (dates.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-2 space-y-2">
      {dates.map((d) => (
        <li key={d.uid}>
          <DateTime value={d.startsAt} />: <TextLink href={d.path}>{d.title}</TextLink>
          {d.location && <span className="text-sm text-muted"> · {d.location}</span>}
        </li>
      ))}
    </ul>
  );
}

type Data = Omit<NonNullable<Awaited<ReturnType<typeof load>>>, never> & { region: RegionSummary };

export default publicView<Data>(function DatesPage({ user, region, upcoming, past, events, offerDates, fields }) {
  return (
    <PublicFrame user={user} head={{ title: `Termine – ${region.name}` }} region={region}>
      <p className="text-sm">
        <TextLink href={`/${region.slug}`}>Bildungsnetzwerk {region.name}</TextLink>
      </p>
      <PageTitle className="mt-1">Termine</PageTitle>
      <p className="mt-2">
        Alle Termine als Kalender-Abonnement:{" "}
        <TextAnchor strong href={`/${region.slug}/termine.ics`}>
          Kalender abonnieren (iCalendar)
        </TextAnchor>
      </p>
      <details className="mt-1">
        <DisclosureSummary>Kalender je Handlungsfeld</DisclosureSummary>
        <ul className="mt-2 list-disc pl-6">
          {fields.map((f) => (
            <li key={f.slug}>
              <TextAnchor href={`/${region.slug}/termine.ics?handlungsfeld=${f.slug}`}>{f.name} (iCalendar)</TextAnchor>
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="veranstaltungen" className="mt-6">
        <SectionHeading id="veranstaltungen">Bildungskonferenzen und Fachtagungen</SectionHeading>
        <DateList dates={events} empty="Derzeit sind keine Veranstaltungen geplant." />
      </section>
      <section aria-labelledby="angebotstermine" className="mt-6">
        <SectionHeading id="angebotstermine">Kommende Termine von Bildungsangeboten</SectionHeading>
        <DateList dates={offerDates} empty="Derzeit sind keine Termine von Angeboten eingetragen." />
      </section>
      <section aria-labelledby="kommende" className="mt-6">
        <SectionHeading id="kommende">Kommende öffentliche Sitzungen</SectionHeading>
        <PublicMeetings
          meetings={upcoming}
          showBody
          regionSlug={region.slug}
          empty="Derzeit sind keine öffentlichen Sitzungen geplant."
        />
      </section>
      <section aria-labelledby="vergangene" className="mt-8">
        <SectionHeading id="vergangene">Vergangene öffentliche Sitzungen</SectionHeading>
        <PublicMeetings
          meetings={past}
          showBody
          regionSlug={region.slug}
          empty="Noch keine vergangenen öffentlichen Sitzungen."
        />
      </section>
    </PublicFrame>
  );
});
