import { berlinDateTime } from "@/lib/core/format/berlin-dates";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/labels";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

export function MeetingFacts({
  meeting,
}: {
  meeting: Pick<Meeting, "body" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "status" | "isPublic">;
}) {
  return (
    <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      <dt className="font-semibold">Gremium</dt>
      <dd>{meeting.body.name}</dd>
      <dt className="font-semibold">Beginn</dt>
      <dd>
        <time dateTime={meeting.startsAt.toISOString()}>{berlinDateTime.format(meeting.startsAt)} Uhr</time>
      </dd>
      {meeting.endsAt && (
        <>
          <dt className="font-semibold">Ende</dt>
          <dd>
            <time dateTime={meeting.endsAt.toISOString()}>{berlinDateTime.format(meeting.endsAt)} Uhr</time>
          </dd>
        </>
      )}
      {meeting.location && (
        <>
          <dt className="font-semibold">Ort</dt>
          <dd>{meeting.location}</dd>
        </>
      )}
      {meeting.onlineUrl && (
        <>
          <dt className="font-semibold">Online</dt>
          <dd>
            <a href={meeting.onlineUrl} className="text-brand-700 underline" rel="noopener noreferrer">
              {meeting.onlineUrl}
            </a>
          </dd>
        </>
      )}
      <dt className="font-semibold">Status</dt>
      <dd>
        {MEETING_STATUS_LABEL[meeting.status]}
        {meeting.isPublic ? ", öffentlich" : ", nicht öffentlich"}
      </dd>
    </dl>
  );
}
