import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";

type Event = Awaited<ReturnType<typeof getEventAdmin>>["event"];

/** Kind, date and place, and how full the event is. */
export function EventSummary({
  event,
}: {
  event: Pick<Event, "kind" | "startsAt" | "location" | "capacity" | "registrationOpen" | "registrations">;
}) {
  const confirmed = event.registrations.filter((r) => r.status === "CONFIRMED").length;
  const waiting = event.registrations.filter((r) => r.status === "WAITING").length;
  return (
    <>
      <p className="mt-1">
        {EVENT_KIND_LABEL[event.kind]} · {berlinDateTime.format(event.startsAt)} Uhr · {event.location}
      </p>
      <p className="mt-1" data-testid="plaetze">
        {confirmed} von {event.capacity} Plätzen bestätigt, {waiting} auf der Warteliste
        {event.registrationOpen ? "" : " · Anmeldung geschlossen"}
      </p>
    </>
  );
}
