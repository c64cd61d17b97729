import { ActionForm } from "@/components/forms/action-form";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { setMeetingStatusAction } from "../../actions";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

/** Mark as held, cancel — whichever fits the meeting's status (inviting is a step of its own). */
export function MeetingActions({
  slug,
  meeting,
}: {
  slug: string;
  meeting: Pick<Meeting, "id" | "status" | "startsAt">;
}) {
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      {meeting.status !== "HELD" && meeting.startsAt <= new Date() && (
        <ActionForm
          id="status-held"
          compact
          action={setMeetingStatusAction.bind(null, slug)}
          submitLabel="Als durchgeführt markieren"
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "hidden", name: "status", value: "HELD" },
          ]}
        />
      )}
      {meeting.status !== "CANCELLED" && meeting.status !== "HELD" && (
        <ActionForm
          id="status-abgesagt"
          compact
          action={setMeetingStatusAction.bind(null, slug)}
          submitLabel="Sitzung jetzt absagen"
          confirm={{
            summary: "Absagen …",
            question:
              "Die Sitzung wird als abgesagt markiert; sie bleibt mit ihrer Tagesordnung erhalten. Wer eingeladen war, erhält die Absage mit einer Kalenderdatei, die den Termin entfernt.",
          }}
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            { kind: "hidden", name: "status", value: "CANCELLED" },
          ]}
        />
      )}
    </div>
  );
}
