import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getMinutes } from "@/lib/meetings/minutes";
import { attendanceStatusOf, deputyOf, seatOf } from "@/lib/meetings/minutes-format";

type Attendee = Awaited<ReturnType<typeof getMinutes>>["attendance"][number];

/** The named attendance list of the minutes: one row per seat with name, category, status and the deputy who stood in. */
export function AttendanceList({ attendance }: { attendance: Attendee[] }) {
  return (
    <section aria-labelledby="anwesenheit" className="mt-6">
      <SectionHeading id="anwesenheit" level={3}>
        Anwesenheit
      </SectionHeading>
      {attendance.length === 0 ? (
        <p className="mt-2">Dem Gremium gehörte am Sitzungstag niemand an.</p>
      ) : (
        <ResponsiveTable variant="lined" dense caption="Anwesenheitsliste" hideCaption className="mt-2">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Sitz</th>
              <th scope="col">Status</th>
              <th scope="col">vertreten durch</th>
            </tr>
          </thead>
          <tbody>
            {attendance.map((m) => (
              <tr key={m.membershipId}>
                <th scope="row">{m.name}</th>
                <td>{seatOf(m)}</td>
                <td>{attendanceStatusOf(m)}</td>
                <td>{deputyOf(m) || "–"}</td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
    </section>
  );
}
