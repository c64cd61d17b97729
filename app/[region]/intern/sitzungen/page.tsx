import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/forms/action-form";
import { listMeetings, parseMeetingFilters } from "@/lib/meetings/list-meetings";
import { DateTime } from "@/components/ui/date-time";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/labels";
import { requireRegion } from "@/lib/tenancy/require-region";
import { createMeetingAction } from "./actions";
import { MeetingFilters } from "./_components/meeting-filters";

export const metadata: Metadata = { title: "Sitzungen" };

function MeetingList({
  slug,
  meetings,
  empty,
  next,
}: {
  slug: string;
  meetings: Awaited<ReturnType<typeof listMeetings>>["upcoming"];
  empty: string;
  next?: { href: string; label: string } | null;
}) {
  if (meetings.length === 0)
    return (
      <EmptyState className="mt-2" next={next}>
        {empty}
      </EmptyState>
    );
  return (
    <ul className="mt-3 space-y-3">
      {meetings.map((m) => (
        <li key={m.id} className="rounded border border-brand-100 p-3">
          <TextLink strong href={`/${slug}/intern/sitzungen/${m.id}`}>
            {m.title}
          </TextLink>
          <span className="block text-sm">
            {m.body.name} · <DateTime value={m.startsAt} /> · {MEETING_STATUS_LABEL[m.status]} · {m._count.agendaItems}{" "}
            TOP{m.isPublic ? " · öffentlich" : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

type Props = { params: Promise<{ region: string }>; searchParams: Promise<Record<string, string | string[]>> };

export default async function MeetingsPage({ params, searchParams }: Props) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const filters = parseMeetingFilters(await searchParams);
  const { upcoming, past, bodies, filterBodies, years, isFiltered } = await listMeetings(context.actor, filters);
  const selection = isFiltered ? " für diese Auswahl" : "";
  return (
    <>
      <PageTitle>Sitzungen</PageTitle>
      <MeetingFilters slug={slug} filters={filters} bodies={filterBodies} years={years} isFiltered={isFiltered} />
      {isFiltered && upcoming.length === 0 && past.length === 0 && (
        <p className="mt-4" data-testid="meetings-empty">
          Keine Sitzungen für diese Auswahl.{" "}
          <TextLink href={`/${slug}/intern/sitzungen`}>Alle Sitzungen zeigen</TextLink>
        </p>
      )}
      <section aria-labelledby="kommende" className="mt-6">
        <SectionHeading id="kommende">Kommende Sitzungen</SectionHeading>
        <MeetingList
          slug={slug}
          meetings={upcoming}
          empty={`Keine kommenden Sitzungen${selection}.`}
          next={context.can("meetings.write") ? { href: "#sitzung-neu", label: "Eine Sitzung planen" } : null}
        />
      </section>
      <section aria-labelledby="vergangene" className="mt-8">
        <SectionHeading id="vergangene">Vergangene Sitzungen</SectionHeading>
        <MeetingList slug={slug} meetings={past} empty={`Keine vergangenen Sitzungen${selection}.`} />
      </section>
      {context.can("meetings.write") && (
        <section aria-labelledby="sitzung-neu" className="mt-10 max-w-2xl">
          <SectionHeading id="sitzung-neu">Sitzung planen</SectionHeading>
          <ActionForm
            id="sitzung"
            labelledBy="sitzung-neu"
            className="mt-3"
            action={createMeetingAction.bind(null, slug)}
            submitLabel="Sitzung anlegen"
            fields={[
              {
                kind: "select",
                name: "bodyId",
                label: "Gremium",
                required: true,
                options: bodies.map((b) => ({ value: b.id, label: b.name })),
                placeholder: "Bitte wählen",
              },
              {
                kind: "text",
                name: "title",
                label: "Titel",
                required: true,
                hint: "z. B. 5. Sitzung des Lenkungskreises",
              },
              { kind: "datetime-local", name: "startsAt", label: "Beginn", required: true },
              { kind: "datetime-local", name: "endsAt", label: "Ende" },
              {
                kind: "text",
                name: "location",
                label: "Ort",
                hint: "Raum und Adresse; leer lassen bei reiner Online-Sitzung.",
              },
              { kind: "text", name: "onlineUrl", label: "Link zur Online-Sitzung", hint: "Beginnt mit https://" },
              { kind: "checkbox", name: "isPublic", label: "öffentliche Sitzung" },
            ]}
          />
        </section>
      )}
    </>
  );
}
