import { DisclosureSummary } from "@/components/ui/disclosure-summary";
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
        <table className="border-collapse text-left">
          <caption className="text-left font-semibold">Stimmen</caption>
          <thead>
            <tr>
              <th scope="col" className="border px-3 py-1">
                Ja
              </th>
              <th scope="col" className="border px-3 py-1">
                Nein
              </th>
              <th scope="col" className="border px-3 py-1">
                Enthaltung
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="border px-3 py-1">{result.yes}</td>
              <td className="border px-3 py-1">{result.no}</td>
              <td className="border px-3 py-1">{result.abstain}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <>
          <table className="border-collapse text-left">
            <caption className="text-left font-semibold">Rangfolge</caption>
            <thead>
              <tr>
                <th scope="col" className="border px-3 py-1">
                  Platz
                </th>
                <th scope="col" className="border px-3 py-1">
                  Option
                </th>
                <th scope="col" className="border px-3 py-1">
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
                  <td className="border px-3 py-1">
                    {r.rank}
                    {result.ties.some((t) => t.includes(r.optionId)) ? " (gleichauf)" : ""}
                  </td>
                  <th scope="row" className="border px-3 py-1 font-normal">
                    {r.label}
                  </th>
                  <td className="border px-3 py-1">{r.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.method === "RANKING" && (
            <details>
              <DisclosureSummary>Paarweise Vergleiche (Schulze-Methode)</DisclosureSummary>
              <table className="mt-2 border-collapse text-left text-sm">
                <caption className="text-left">
                  Zahl der Stimmzettel, die die Option der Zeile vor die der Spalte setzen
                </caption>
                <thead>
                  <tr>
                    <td className="border px-2 py-1" />
                    {result.ranking.map((r) => (
                      <th key={r.optionId} scope="col" className="border px-2 py-1">
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
                        <th scope="row" className="border px-2 py-1">
                          {row.label}
                        </th>
                        {order.map((col) => (
                          <td key={col} className="border px-2 py-1">
                            {col === row.optionId ? "–" : result.pairwise[index(row.optionId)]?.[index(col)]}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
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
