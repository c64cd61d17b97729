import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor } from "@/components/ui/text-link";

/** The link to the report for a Bildungskonferenz that has taken place. */
export function ConferenceReportSection({ path }: { path: string }) {
  return (
    <section aria-labelledby="bericht" className="mt-6">
      <SectionHeading id="bericht">Bericht an die Bildungskonferenz</SectionHeading>
      <p className="mt-2 max-w-3xl">
        Was seit der Bildungskonferenz davor empfohlen, beschlossen und umgesetzt wurde – je Handlungsfeld, mit dem
        aktuellen Stand der Aufträge.
      </p>
      <p className="mt-1">
        <TextAnchor href={`${path}/bericht.pdf`}>Bericht an die Bildungskonferenz (PDF)</TextAnchor>
      </p>
    </section>
  );
}
