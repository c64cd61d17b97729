import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
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
      <h2 id="beteiligung-titel" className="text-xl font-semibold text-brand-800">
        Beteiligung
      </h2>
      <ParticipationLive
        url={`/${slug}/intern/abstimmungen/${poll.id}/beteiligung`}
        voted={voted}
        entitled={poll.entitledCount ?? 0}
        open={open}
      />
      {open && (
        <p className="mt-1 text-sm">
          <Link href={`/${slug}/intern/abstimmungen/${poll.id}`} className="text-brand-700 underline">
            Ansicht aktualisieren
          </Link>
        </p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-brand-800 underline">Wer hat abgestimmt?</summary>
        <table className="mt-2 border-collapse text-left text-sm">
          <caption className="text-left">
            Stimmberechtigte Sitze
            {poll.secrecy === "SECRET" ? " – bei geheimer Abstimmung nur, ob abgestimmt wurde" : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border px-2 py-1">
                Sitz
              </th>
              <th scope="col" className="border px-2 py-1">
                Stellvertretung
              </th>
              <th scope="col" className="border px-2 py-1">
                Abgestimmt
              </th>
            </tr>
          </thead>
          <tbody>
            {participation.map((p, i) => (
              <tr key={i}>
                <th scope="row" className="border px-2 py-1 font-normal">
                  {p.seat}
                  {p.holderMayVote ? "" : " (abwesend)"}
                </th>
                <td className="border px-2 py-1">{p.deputy || "–"}</td>
                <td className="border px-2 py-1">{p.votedBy ? `ja (${p.votedBy})` : "nein"}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
