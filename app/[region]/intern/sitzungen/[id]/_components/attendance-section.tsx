import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { ATTENDANCE_LABEL } from "@/lib/meetings/labels";
import { recordAttendanceAction } from "../../actions";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;

/** Who sits in the body on the meeting day, the Beschlussfähigkeit, and (with `canWrite`) the attendance form. */
export function AttendanceSection({
  slug,
  meetingId,
  members,
  quorum,
  quorumRuleIsDefault,
  canWrite,
}: {
  slug: string;
  meetingId: string;
  members: MeetingData["members"];
  quorum: MeetingData["quorum"];
  quorumRuleIsDefault: boolean;
  canWrite: boolean;
}) {
  return (
    <section aria-labelledby="anwesenheit" className="mt-10">
      <SectionHeading id="anwesenheit">Anwesenheit und Beschlussfähigkeit</SectionHeading>
      <p className={`mt-2 font-semibold ${quorum.isQuorate ? "text-brand-800" : "text-red-800"}`} data-testid="quorum">
        {quorum.statement}
      </p>
      {members.length > 0 && (
        <p className="mt-1 text-sm">
          <TextAnchor href={`/${slug}/intern/sitzungen/${meetingId}/anwesenheit.csv`}>
            Anwesenheitsliste als CSV herunterladen
          </TextAnchor>
        </p>
      )}
      {quorumRuleIsDefault && (
        <p className="text-sm text-muted">
          Im Vertrag ist keine Regel hinterlegt; es gilt: mehr als die Hälfte der stimmberechtigten Sitze,
          Stellvertretungen zählen.
        </p>
      )}
      {members.length === 0 ? (
        <p className="mt-2">Dem Gremium gehören am Sitzungstag keine Mitglieder an.</p>
      ) : canWrite ? (
        <ActionForm
          id="anwesenheit-form"
          labelledBy="anwesenheit"
          className="mt-3 max-w-2xl"
          action={recordAttendanceAction.bind(null, slug)}
          submitLabel="Anwesenheit speichern"
          fields={[
            { kind: "hidden", name: "meetingId", value: meetingId },
            ...members.map((m) => ({
              kind: "select" as const,
              name: `status:${m.membershipId}`,
              label: `${m.name} (${m.category}${m.deputyOf ? `, Stellvertretung für ${m.deputyOf}` : m.hasVote ? "" : ", ohne Stimmrecht"})`,
              defaultValue: m.status ?? "",
              options: Object.entries(ATTENDANCE_LABEL).map(([value, label]) => ({ value, label })),
              placeholder: "— nicht erfasst —",
            })),
          ]}
        />
      ) : (
        <ul className="mt-3 list-disc pl-6">
          {members.map((m) => (
            <li key={m.membershipId}>
              {m.name} ({m.category}): {m.status ? ATTENDANCE_LABEL[m.status] : "nicht erfasst"}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
