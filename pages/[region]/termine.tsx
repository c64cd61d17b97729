import Link from "next/link";
import { PublicMeetings } from "@/components/meetings/public-meetings";
import { listPublicDates } from "@/lib/calendar/public-dates";
import { berlinDateTime } from "@/lib/format/berlin-dates";
import { listPublicMeetings } from "@/lib/meetings/list-public-meetings";
import { getRegionHome } from "@/lib/regions/get-region-home";
import { publicRead } from "@/lib/public-cache/public-read";
import { publicView, PublicFrame } from "@/components/public/public-page";
import { regionPage } from "@/lib/public-pages/page-props";
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
          <time dateTime={d.startsAt.toISOString()}>{berlinDateTime.format(d.startsAt)} Uhr</time>:{" "}
          <Link href={d.path} className="text-brand-700 underline">
            {d.title}
          </Link>
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
        <Link href={`/${region.slug}`} className="text-brand-700 underline">
          Bildungsnetzwerk {region.name}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">Termine</h1>
      <p className="mt-2">
        Alle Termine als Kalender-Abonnement:{" "}
        <a href={`/${region.slug}/termine.ics`} className="font-semibold text-brand-700 underline">
          Kalender abonnieren (iCalendar)
        </a>
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer text-brand-800 underline">Kalender je Handlungsfeld</summary>
        <ul className="mt-2 list-disc pl-6">
          {fields.map((f) => (
            <li key={f.slug}>
              <a href={`/${region.slug}/termine.ics?handlungsfeld=${f.slug}`} className="text-brand-700 underline">
                {f.name} (iCalendar)
              </a>
            </li>
          ))}
        </ul>
      </details>
      <section aria-labelledby="veranstaltungen" className="mt-6">
        <h2 id="veranstaltungen" className="text-2xl font-semibold text-brand-800">
          Bildungskonferenzen und Fachtagungen
        </h2>
        <DateList dates={events} empty="Derzeit sind keine Veranstaltungen geplant." />
      </section>
      <section aria-labelledby="angebotstermine" className="mt-6">
        <h2 id="angebotstermine" className="text-2xl font-semibold text-brand-800">
          Kommende Termine von Bildungsangeboten
        </h2>
        <DateList dates={offerDates} empty="Derzeit sind keine Termine von Angeboten eingetragen." />
      </section>
      <section aria-labelledby="kommende" className="mt-6">
        <h2 id="kommende" className="text-2xl font-semibold text-brand-800">
          Kommende öffentliche Sitzungen
        </h2>
        <PublicMeetings meetings={upcoming} showBody empty="Derzeit sind keine öffentlichen Sitzungen geplant." />
      </section>
      <section aria-labelledby="vergangene" className="mt-8">
        <h2 id="vergangene" className="text-2xl font-semibold text-brand-800">
          Vergangene öffentliche Sitzungen
        </h2>
        <PublicMeetings meetings={past} showBody empty="Noch keine vergangenen öffentlichen Sitzungen." />
      </section>
    </PublicFrame>
  );
});
