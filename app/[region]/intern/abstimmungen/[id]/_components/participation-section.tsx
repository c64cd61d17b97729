import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { ParticipationLive } from "@/components/voting/participation-live";
import type { getPoll } from "@/lib/voting/get-poll";
import { closePollAction } from "../../actions";
import { pollIdFields } from "./poll-id-fields";

type PollData = Awaited<ReturnType<typeof getPoll>>;

/** For the office: how many seats have voted, who, and closing the poll while it is open. */
export function ParticipationSection({
  slug,
  poll,
  participation,
  voted,
  open,
}: {
  slug: string;
  poll: Pick<PollData["poll"], "id" | "entitledCount" | "secrecy">;
  participation: NonNullable<PollData["participation"]>;
  voted: number;
  open: boolean;
}) {
  return (
    <section aria-labelledby="beteiligung-titel" className="mt-8">
      <SectionHeading size="medium" id="beteiligung-titel">
        Beteiligung
      </SectionHeading>
      <ParticipationLive
        url={`/${slug}/intern/abstimmungen/${poll.id}/beteiligung`}
        voted={voted}
        entitled={poll.entitledCount ?? 0}
        open={open}
      />
      {open && (
        <p className="mt-1 text-sm">
          <TextLink href={`/${slug}/intern/abstimmungen/${poll.id}`}>Ansicht aktualisieren</TextLink>
        </p>
      )}
      <details className="mt-2">
        <DisclosureSummary>Wer hat abgestimmt?</DisclosureSummary>
        <ResponsiveTable
          variant="grid"
          dense
          caption={`Stimmberechtigte Sitze${poll.secrecy === "SECRET" ? " – bei geheimer Abstimmung nur, ob abgestimmt wurde" : ""}`}
          captionClassName="text-left"
          className="mt-2"
        >
          <thead>
            <tr>
              <th scope="col">Sitz</th>
              <th scope="col">Stellvertretung</th>
              <th scope="col">Abgestimmt</th>
            </tr>
          </thead>
          <tbody>
            {participation.map((p, i) => (
              <tr key={i}>
                <th scope="row" className="font-normal">
                  {p.seat}
                  {p.holderMayVote ? "" : " (abwesend)"}
                </th>
                <td>{p.deputy || "–"}</td>
                <td>{p.votedBy ? `ja (${p.votedBy})` : "nein"}</td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      </details>
      {open && (
        <ActionForm
          id="schliessen"
          className="mt-4"
          action={closePollAction.bind(null, slug)}
          submitLabel="Abstimmung jetzt schließen"
          fields={pollIdFields(poll.id)}
          confirm={{
            summary: "Abstimmung schließen …",
            question: `Danach wird keine Stimme mehr angenommen, und das Ergebnis wird festgeschrieben. Bisher haben ${voted} von ${poll.entitledCount} Sitzen abgestimmt.`,
          }}
        />
      )}
    </section>
  );
}
