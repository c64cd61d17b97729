import { DateTime } from "@/components/ui/date-time";
import { Detail, DetailList } from "@/components/ui/detail-list";
import { TextAnchor } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/labels";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

export function MeetingFacts({
  meeting,
}: {
  meeting: Pick<Meeting, "body" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "status" | "isPublic">;
}) {
  return (
    <DetailList className="mt-3">
      <Detail term="Gremium">{meeting.body.name}</Detail>
      <Detail term="Beginn">
        <DateTime value={meeting.startsAt} />
      </Detail>
      {meeting.endsAt && (
        <Detail term="Ende">
          <DateTime value={meeting.endsAt} />
        </Detail>
      )}
      {meeting.location && <Detail term="Ort">{meeting.location}</Detail>}
      {meeting.onlineUrl && (
        <Detail term="Online">
          <TextAnchor href={meeting.onlineUrl} rel="noopener noreferrer">
            {meeting.onlineUrl}
          </TextAnchor>
        </Detail>
      )}
      <Detail term="Status">
        {MEETING_STATUS_LABEL[meeting.status]}
        {meeting.isPublic ? ", öffentlich" : ", nicht öffentlich"}
      </Detail>
    </DetailList>
  );
}
