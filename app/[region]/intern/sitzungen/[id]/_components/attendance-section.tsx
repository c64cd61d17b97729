import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { countSeats, describeSeatCounts } from "@/lib/meetings/count-seats";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { ATTENDANCE_NOT_YET } from "@/lib/meetings/meeting-has-begun";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;

/** Step "Anwesenheit": the Beschlussfähigkeit and the seat counts; the table is on its own page. */
export function AttendanceSection({
  slug,
  meetingId,
  seats,
  quorum,
  open,
  canWrite,
}: {
  slug: string;
  meetingId: string;
  seats: MeetingData["seats"];
  quorum: MeetingData["quorum"];
  open: boolean;
  canWrite: boolean;
}) {
  const base = `/${slug}/intern/sitzungen/${meetingId}`;
  return (
    <section aria-labelledby="anwesenheit" className="mt-10">
      <SectionHeading id="anwesenheit">Anwesenheit und Beschlussfähigkeit</SectionHeading>
      <p className={`mt-2 font-semibold ${quorum.isQuorate ? "text-brand-800" : "text-red-800"}`} data-testid="quorum">
        {quorum.statement}
      </p>
      {seats.length > 0 && <p className="mt-1 text-sm">Sitze: {describeSeatCounts(countSeats(seats))}.</p>}
      {!open && <p className="mt-1">{ATTENDANCE_NOT_YET}</p>}
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <TextLink strong href={`${base}/anwesenheit`}>
            {canWrite && open ? "Anwesenheit erfassen" : "Anwesenheit ansehen"}
          </TextLink>
        </li>
        {seats.length > 0 && (
          <li>
            <TextAnchor href={`${base}/anwesenheit.csv`}>Anwesenheitsliste als CSV herunterladen</TextAnchor>
          </li>
        )}
      </ul>
    </section>
  );
}
