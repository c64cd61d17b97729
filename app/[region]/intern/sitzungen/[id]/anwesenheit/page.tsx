import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { PageTitle } from "@/components/ui/page-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { countSeats, describeSeatCounts } from "@/lib/meetings/count-seats";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { ATTENDANCE_NOT_YET } from "@/lib/meetings/meeting-has-begun";
import { requireRegion } from "@/lib/tenancy/require-region";
import { recordAttendanceAction } from "../../actions";
import { AttendanceList } from "./_components/attendance-list";
import { AttendanceTable } from "./_components/attendance-table";

export const metadata: Metadata = { title: "Anwesenheit" };

type Props = { params: Promise<{ region: string; id: string }> };

/** The attendance of one meeting: a row per seat, recorded from the meeting day on; the Beschlussfähigkeit. */
export default async function AttendancePage({ params }: Props) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const { meeting, seats, attendanceRevision, attendanceOpen, quorum, quorumRuleIsDefault } = await orNotFound(
    getMeeting(context.actor, id),
  );
  const canWrite = context.can("meetings.write");
  const cancelled = meeting.status === "CANCELLED";

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/sitzungen/${meeting.id}`}>Zurück zur Sitzung</TextLink>
      </p>
      <PageTitle className="mt-1">Anwesenheit: {meeting.title}</PageTitle>
      <p className="mt-2">
        {meeting.body.name}, <DateTime value={meeting.startsAt} />
      </p>
      <section aria-labelledby="beschlussfaehigkeit" className="mt-6">
        <SectionHeading id="beschlussfaehigkeit" level={2} size="medium">
          Beschlussfähigkeit
        </SectionHeading>
        <p
          className={`mt-2 font-semibold ${quorum.isQuorate ? "text-brand-800" : "text-red-800"}`}
          data-testid="quorum"
        >
          {quorum.statement}
        </p>
        <p className="mt-1 text-sm" data-testid="seat-counts">
          Sitze: {describeSeatCounts(countSeats(seats))}.
        </p>
        {quorumRuleIsDefault && (
          <p className="text-sm text-muted">
            Im Vertrag ist keine Regel hinterlegt; es gilt: mehr als die Hälfte der stimmberechtigten Sitze,
            Stellvertretungen zählen.
          </p>
        )}
        {seats.length > 0 && (
          <p className="mt-1 text-sm">
            <TextAnchor href={`/${slug}/intern/sitzungen/${meeting.id}/anwesenheit.csv`}>
              Anwesenheitsliste als CSV herunterladen
            </TextAnchor>
          </p>
        )}
      </section>
      <section aria-labelledby="anwesenheit-erfassen" className="mt-8">
        <SectionHeading id="anwesenheit-erfassen" level={2} size="medium">
          {canWrite && attendanceOpen && !cancelled ? "Anwesenheit erfassen" : "Anwesenheit je Sitz"}
        </SectionHeading>
        {cancelled ? (
          <p className="mt-2">Die Sitzung ist abgesagt; es gibt keine Anwesenheit.</p>
        ) : !attendanceOpen ? (
          <p className="mt-2 rounded border border-gray-500 p-notice" data-testid="attendance-not-yet">
            {ATTENDANCE_NOT_YET} Sitzungstag: <DateTime value={meeting.startsAt} format="dateLong" />.
          </p>
        ) : seats.length === 0 ? (
          <p className="mt-2">Dem Gremium gehören am Sitzungstag keine Mitglieder an.</p>
        ) : canWrite ? (
          <AttendanceTable
            action={recordAttendanceAction.bind(null, slug)}
            meetingId={meeting.id}
            revision={attendanceRevision}
            seats={seats}
          />
        ) : (
          <AttendanceList seats={seats} />
        )}
      </section>
    </>
  );
}
