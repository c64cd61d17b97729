import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { getEventAdmin } from "@/lib/events/manage-events";
import { requireRegion } from "@/lib/tenancy/require-region";
import { EditEventSection } from "./_components/edit-event-section";
import { EventLinks } from "./_components/event-links";
import { EventSummary } from "./_components/event-summary";
import { ForumsSection } from "./_components/forums-section";
import { RecommendationsSection } from "./_components/recommendations-section";
import { RegistrationsSection } from "./_components/registrations-section";

export const metadata: Metadata = { title: "Veranstaltung" };

type Props = { params: Promise<{ region: string; id: string }> };

async function load(slug: string, id: string) {
  const context = await requireRegion(slug, "events.write", `/${slug}/intern/veranstaltungen/${id}`);
  return orNotFound(getEventAdmin(context.actor, id));
}

export default async function EventPage({ params }: Props) {
  const { region: slug, id } = await params;
  const { event, fieldsOfAction } = await load(slug, id);
  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/veranstaltungen`}>Alle Veranstaltungen</TextLink>
      </p>
      <PageTitle className="mt-1">{event.title}</PageTitle>
      <EventSummary event={event} />
      <EventLinks slug={slug} eventId={event.id} isPublic={event.isPublic} />
      <ForumsSection slug={slug} event={event} fieldsOfAction={fieldsOfAction} />
      <RegistrationsSection slug={slug} registrations={event.registrations} />
      {event.recommendations.length > 0 && (
        <RecommendationsSection slug={slug} recommendations={event.recommendations} />
      )}
      <EditEventSection slug={slug} event={event} />
    </>
  );
}
