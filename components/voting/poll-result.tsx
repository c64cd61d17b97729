import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import type { PollResult } from "@/lib/voting/tally";

/** The frozen result of a poll, as tables with captions (readable without colour or layout). */
export function PollResultView({ result }: { result: PollResult }) {
  return (
    <div className="mt-2 space-y-3">
      <p className="font-semibold" data-testid="ergebnis">
        {result.statement}
      </p>
      <p className="text-sm">
        Stimmberechtigte Sitze: {result.entitled} · abgegebene Stimmzettel: {result.cast}
        {result.invalid > 0 && <> · davon ungültig: {result.invalid}</>}
        {result.quorum && (
          <>
            {" "}
            · Quorum: {result.quorum.required} ({result.quorum.reached ? "erreicht" : "nicht erreicht"})
          </>
        )}
      </p>
      {result.method === "YES_NO_ABSTAIN" ? (
        <ResponsiveTable variant="grid" caption="Stimmen">
          <thead>
            <tr>
              <th scope="col">Ja</th>
              <th scope="col">Nein</th>
              <th scope="col">Enthaltung</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{result.yes}</td>
              <td>{result.no}</td>
              <td>{result.abstain}</td>
            </tr>
          </tbody>
        </ResponsiveTable>
      ) : (
        <>
          <ResponsiveTable variant="grid" caption="Rangfolge">
            <thead>
              <tr>
                <th scope="col">Platz</th>
                <th scope="col">Option</th>
                <th scope="col">
                  {result.method === "APPROVAL"
                    ? "Stimmen"
                    : result.method === "POINTS"
                      ? "Punkte"
                      : "liegt vor … Optionen"}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.ranking.map((r) => (
                <tr key={r.optionId}>
                  <td>
                    {r.rank}
                    {result.ties.some((t) => t.includes(r.optionId)) ? " (gleichauf)" : ""}
                  </td>
                  <th scope="row" className="font-normal">
                    {r.label}
                  </th>
                  <td>{r.score}</td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
          {result.method === "RANKING" && (
            <details>
              <DisclosureSummary>Paarweise Vergleiche (Schulze-Methode)</DisclosureSummary>
              <ResponsiveTable
                variant="grid"
                dense
                caption="Zahl der Stimmzettel, die die Option der Zeile vor die der Spalte setzen"
                captionClassName="text-left"
                className="mt-2"
              >
                <thead>
                  <tr>
                    <td />
                    {result.ranking.map((r) => (
                      <th key={r.optionId} scope="col">
                        {r.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.ranking.map((row) => {
                    const order = result.ranking.map((r) => r.optionId);
                    const index = (optionId: string) => originalIndex(result, optionId);
                    return (
                      <tr key={row.optionId}>
                        <th scope="row">{row.label}</th>
                        {order.map((col) => (
                          <td key={col}>
                            {col === row.optionId ? "–" : result.pairwise[index(row.optionId)]?.[index(col)]}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </ResponsiveTable>
            </details>
          )}
        </>
      )}
    </div>
  );
}

/** The pairwise matrix is indexed in the poll's option order, which the result keeps in `options`. */
function originalIndex(result: Extract<PollResult, { method: "RANKING" }>, optionId: string): number {
  return result.options.indexOf(optionId);
}
