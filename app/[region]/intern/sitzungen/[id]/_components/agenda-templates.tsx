import { ActionForm } from "@/components/forms/action-form";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { copyPreviousAgendaAction, insertStandardAgendaAction } from "../../actions";
import { versionedFields } from "./versioned-fields";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

/** Fill a planned meeting's agenda from the standard template or from the body's previous meeting. */
export function AgendaTemplates({
  slug,
  meeting,
}: {
  slug: string;
  meeting: Pick<Meeting, "id" | "version" | "status">;
}) {
  if (meeting.status !== "PLANNED") return null;
  return (
    <div className="mt-4 flex flex-wrap gap-3" data-testid="agenda-templates">
      <ActionForm
        id="standard-tagesordnung"
        compact
        action={insertStandardAgendaAction.bind(null, slug)}
        submitLabel="Standard-Tagesordnung einfügen"
        fields={versionedFields(meeting)}
      />
      <ActionForm
        id="letzte-tagesordnung"
        compact
        action={copyPreviousAgendaAction.bind(null, slug)}
        submitLabel="Tagesordnung der letzten Sitzung übernehmen"
        fields={versionedFields(meeting)}
      />
    </div>
  );
}
