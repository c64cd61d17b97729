import { SectionHeading } from "@/components/ui/section-heading";
import { berlinDateTime, berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import type { getMeetingOffice } from "@/lib/meetings/get-meeting-office";
import { MEETING_FIELD_LABEL, MEETING_STATUS_LABEL, type MeetingField } from "@/lib/meetings/labels";

type Entry = Awaited<ReturnType<typeof getMeetingOffice>>["history"][number];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const shown = (value: unknown) =>
  value === null || value === "" || value === undefined
    ? "(keine Angabe)"
    : typeof value === "boolean"
      ? value
        ? "ja"
        : "nein"
      : typeof value === "string" && ISO.test(value)
        ? `${berlinDateTime.format(new Date(value))} Uhr`
        : String(value);
const people = (n: number) => `${n} ${n === 1 ? "Person" : "Personen"}`;

/** One line of the history in German: what changed, from what to what, who was told. */
function describe({ action, details }: Entry): string {
  switch (action) {
    case "meeting.created":
      return "Sitzung angelegt";
    case "meeting.updated": {
      const changes = (details.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
      const lines = Object.entries(changes).map(
        ([field, { from, to }]) =>
          `${MEETING_FIELD_LABEL[field as MeetingField] ?? field}: ${shown(from)} → ${shown(to)}`,
      );
      const notified = Number(details.notified ?? 0);
      return `Geändert – ${lines.join("; ")}${notified ? `. Änderungsmitteilung an ${people(notified)}` : ""}`;
    }
    case "meeting.invitation-sent": {
      const queued = Number(details.queued ?? 0);
      const late = details.shortNoticeConfirmed
        ? `. Ladungsfrist von ${String(details.noticePeriodDays)} Tagen unterschritten (${String(details.daysAhead)} Tage vor der Sitzung) – trotzdem eingeladen, ausdrücklich bestätigt`
        : "";
      return `Einladung versandt an ${people(queued)}${late}`;
    }
    case "meeting.status-changed": {
      const to = MEETING_STATUS_LABEL[details.to as keyof typeof MEETING_STATUS_LABEL] ?? String(details.to);
      const notified = Number(details.notified ?? 0);
      return `Status: ${to}${notified ? `. Absage mit Kalenderdatei an ${people(notified)}` : ""}`;
    }
    case "agenda.standard-inserted":
      return `Standard-Tagesordnung eingefügt (${((details.added as string[]) ?? []).length} TOPs)`;
    case "agenda.copied-from-previous":
      return `Tagesordnung aus „${String(details.fromTitle)}“ übernommen (${((details.added as string[]) ?? []).length} TOPs)`;
    default:
      return action;
  }
}

/** Who changed what on the meeting, newest first (from the audit entries). */
export function MeetingHistory({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="geschichte" className="mt-10">
      <SectionHeading id="geschichte">Geschichte der Sitzung</SectionHeading>
      <ol className="mt-2 space-y-1 text-sm" data-testid="meeting-history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at.toISOString()}>{berlinDateTimeShort.format(entry.at)}</time>, {entry.by}:{" "}
            {describe(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
