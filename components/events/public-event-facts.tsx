import { DateTime } from "@/components/ui/date-time";
import { Detail, DetailList } from "@/components/ui/detail-list";
import type { getPublicEvent } from "@/lib/events/get-public-event";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";

type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>["event"];

/** What, when and where. */
export function PublicEventFacts({ event }: { event: Pick<PublicEvent, "kind" | "startsAt" | "endsAt" | "location"> }) {
  return (
    <DetailList className="mt-3 max-w-2xl">
      <Detail term="Art">{EVENT_KIND_LABEL[event.kind]}</Detail>
      <Detail term="Wann">
        <DateTime value={event.startsAt} />
        {event.endsAt && (
          <>
            {" "}
            bis <DateTime value={event.endsAt} />
          </>
        )}
      </Detail>
      <Detail term="Wo">{event.location}</Detail>
    </DetailList>
  );
}
