import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SEAT_ATTENDANCE_LABEL } from "@/lib/meetings/labels";
import type { SeatRow } from "./attendance-table";

/** The recorded attendance, read only: for those who may read the meeting but not record it. */
export function AttendanceList({ seats }: { seats: SeatRow[] }) {
  return (
    <ResponsiveTable caption="Anwesenheit je Sitz" variant="lined" dense className="mt-4">
      <thead>
        <tr>
          <th scope="col">Mitglied</th>
          <th scope="col">Sitzkategorie</th>
          <th scope="col">Stimmrecht</th>
          <th scope="col">Anwesenheit</th>
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => (
          <tr key={seat.membershipId}>
            <th scope="row">{seat.name}</th>
            <td>{seat.category}</td>
            <td>{seat.isVotingSeat ? "ja" : "nein"}</td>
            <td>
              {seat.status === "REPRESENTED"
                ? `vertreten durch ${seat.representedBy?.name}`
                : seat.status
                  ? SEAT_ATTENDANCE_LABEL[seat.status]
                  : "nicht erfasst"}
            </td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
