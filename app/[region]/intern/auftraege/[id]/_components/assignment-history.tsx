import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { berlinDateTimeShort } from "@/lib/core/format/berlin-dates";
import type { getAssignment } from "@/lib/decisions/assignments";

type Assignment = Awaited<ReturnType<typeof getAssignment>>;

/** Who changed what when: old → new, newest first. */
export function AssignmentHistory({ assignment: a }: { assignment: Assignment }) {
  return (
    <section aria-labelledby="aenderungen" className="mt-8 max-w-3xl">
      <SectionHeading size="medium" id="aenderungen">
        Änderungen
      </SectionHeading>
      {a.changes.length === 0 ? (
        <p className="mt-1">Noch keine Änderungen seit der Erteilung.</p>
      ) : (
        <ResponsiveTable caption="Änderungen am Auftrag" hideCaption variant="lined" dense className="mt-2">
          <thead>
            <tr>
              <th scope="col">Wann</th>
              <th scope="col">Wer</th>
              <th scope="col">Was</th>
              <th scope="col">Vorher</th>
              <th scope="col">Nachher</th>
            </tr>
          </thead>
          <tbody data-testid="assignment-history">
            {a.changes.map((c) => (
              <tr key={c.id}>
                <td>{berlinDateTimeShort.format(c.createdAt)}</td>
                <td>{c.changedBy || "unbekannt"}</td>
                <th scope="row">{c.field}</th>
                <td className="whitespace-pre-line wrap-anywhere">{c.fromValue || "—"}</td>
                <td className="whitespace-pre-line wrap-anywhere">{c.toValue || "—"}</td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
    </section>
  );
}
