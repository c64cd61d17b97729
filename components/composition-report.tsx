import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import type { CompositionReport } from "@/lib/governance/check-composition";
import { describeRule } from "@/lib/governance/check-composition";

/** The composition check of a body: seat counts per category and every issue, in words. */
export function CompositionReportView({ report, headingId }: { report: CompositionReport; headingId: string }) {
  const errors = report.issues.filter((i) => i.severity === "error");
  const warnings = report.issues.filter((i) => i.severity === "warning");
  return (
    <section aria-labelledby={headingId} className="rounded border border-brand-100 p-4">
      <SectionHeading size="medium" id={headingId}>
        Zusammensetzung
      </SectionHeading>
      <p className="mt-2 font-semibold" data-testid="composition-status">
        {report.categories.length === 0
          ? "Für dieses Gremium sind im Vertrag noch keine Sitzregeln erfasst."
          : report.isComplete
            ? "Das Gremium ist vollständig besetzt."
            : "Das Gremium ist nicht vollständig besetzt."}
      </p>
      {report.categories.length > 0 && (
        <ResponsiveTable variant="rows" dense caption="Besetzung nach Sitzkategorie" hideCaption className="mt-3">
          <thead>
            <tr>
              <th scope="col">Sitzkategorie</th>
              <th scope="col">Regel</th>
              <th scope="col">besetzt</th>
              <th scope="col">Stimmrecht</th>
            </tr>
          </thead>
          <tbody>
            {report.categories.map((c) => (
              <tr key={c.seatCategoryId}>
                <th scope="row">{c.categoryName}</th>
                <td>{describeRule(c)}</td>
                <td>{c.filled}</td>
                <td>{c.isAdvisory ? "beratend" : c.hasVote ? "ja" : "nein"}</td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
      {errors.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold text-red-800">Verstöße gegen den Vertrag</h3>
          <ul className="mt-1 list-disc pl-6 text-red-800">
            {errors.map((i) => (
              <li key={`${i.kind}-${i.seatCategoryId}-${i.membershipId ?? ""}`}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold text-amber-900">Hinweise</h3>
          <ul className="mt-1 list-disc pl-6 text-amber-900">
            {warnings.map((i) => (
              <li key={`${i.kind}-${i.seatCategoryId}-${i.membershipId ?? ""}`}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
