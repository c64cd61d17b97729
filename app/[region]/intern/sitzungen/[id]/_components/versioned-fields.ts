import type { getMeeting } from "@/lib/meetings/get-meeting";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

/** Every agenda change names the meeting version it was made on, so a stale page cannot overwrite a newer agenda. */
export function versionedFields(meeting: Pick<Meeting, "id" | "version">) {
  return [
    { kind: "hidden" as const, name: "meetingId", value: meeting.id },
    { kind: "hidden" as const, name: "version", value: String(meeting.version) },
  ];
}
