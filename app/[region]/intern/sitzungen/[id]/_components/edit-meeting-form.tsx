import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { utcToBerlinLocal } from "@/lib/core/validation/berlin-time";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { updateMeetingAction } from "../../actions";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

/**
 * "Sitzung bearbeiten": the meeting's facts, corrected while it is planned or invited. After
 * the invitation a changed date or place goes to everyone invited as Änderungsmitteilung.
 */
export function EditMeetingForm({
  slug,
  meeting,
  bodies,
}: {
  slug: string;
  meeting: Pick<
    Meeting,
    "id" | "status" | "bodyId" | "title" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "isPublic"
  >;
  bodies: { id: string; name: string }[];
}) {
  if (meeting.status !== "PLANNED" && meeting.status !== "INVITED") return null;
  return (
    <details className="mt-4 max-w-2xl">
      <DisclosureSummary>Sitzung bearbeiten</DisclosureSummary>
      <section aria-labelledby="sitzung-bearbeiten" className="mt-3">
        <h2 id="sitzung-bearbeiten" className="sr-only">
          Sitzung bearbeiten
        </h2>
        {meeting.status === "INVITED" && (
          <p className="text-sm">
            Die Einladung ist schon versandt: Ändern Sie Beginn, Ende oder Ort, erhalten alle Eingeladenen eine
            Änderungsmitteilung mit dem geänderten Kalendereintrag.
          </p>
        )}
        <ActionForm
          id="sitzung-aendern"
          labelledBy="sitzung-bearbeiten"
          className="mt-3"
          action={updateMeetingAction.bind(null, slug)}
          submitLabel="Änderungen speichern"
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            {
              kind: "select",
              name: "bodyId",
              label: "Gremium",
              required: true,
              defaultValue: meeting.bodyId,
              options: bodies.map((b) => ({ value: b.id, label: b.name })),
            },
            { kind: "text", name: "title", label: "Titel", required: true, defaultValue: meeting.title },
            {
              kind: "datetime-local",
              name: "startsAt",
              label: "Beginn",
              required: true,
              defaultValue: utcToBerlinLocal(meeting.startsAt),
            },
            {
              kind: "datetime-local",
              name: "endsAt",
              label: "Ende",
              defaultValue: meeting.endsAt ? utcToBerlinLocal(meeting.endsAt) : "",
            },
            {
              kind: "text",
              name: "location",
              label: "Ort",
              hint: "Raum und Adresse; leer lassen bei reiner Online-Sitzung.",
              defaultValue: meeting.location,
            },
            {
              kind: "text",
              name: "onlineUrl",
              label: "Link zur Online-Sitzung",
              hint: "Beginnt mit https://",
              defaultValue: meeting.onlineUrl,
            },
            { kind: "checkbox", name: "isPublic", label: "öffentliche Sitzung", defaultChecked: meeting.isPublic },
          ]}
        />
      </section>
    </details>
  );
}
