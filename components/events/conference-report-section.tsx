/** The link to the report for a Bildungskonferenz that has taken place. */
export function ConferenceReportSection({ path }: { path: string }) {
  return (
    <section aria-labelledby="bericht" className="mt-6">
      <h2 id="bericht" className="text-2xl font-semibold text-brand-800">
        Bericht an die Bildungskonferenz
      </h2>
      <p className="mt-2 max-w-3xl">
        Was seit der Bildungskonferenz davor empfohlen, beschlossen und umgesetzt wurde – je Handlungsfeld, mit dem
        aktuellen Stand der Aufträge.
      </p>
      <p className="mt-1">
        <a href={`${path}/bericht.pdf`} className="text-brand-700 underline">
          Bericht an die Bildungskonferenz (PDF)
        </a>
      </p>
    </section>
  );
}
