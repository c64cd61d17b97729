import type { getPublicEvent } from "@/lib/events/get-public-event";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>["event"];

/** What, when and where. */
export function PublicEventFacts({ event }: { event: Pick<PublicEvent, "kind" | "startsAt" | "endsAt" | "location"> }) {
  return (
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
  );
}
