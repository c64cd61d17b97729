import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { SectionHeading } from "@/components/ui/section-heading";
import { pollFields } from "@/components/voting/poll-fields";
import type { getPoll } from "@/lib/voting/get-poll";
import { deletePollAction, openPollAction, updatePollAction } from "../../actions";
import { pollIdFields } from "./poll-id-fields";

type PollData = Awaited<ReturnType<typeof getPoll>>;

/** Opening, deleting and editing a draft. */
export function DraftSection({
  slug,
  poll,
  options,
  chooser,
}: {
  slug: string;
  poll: PollData["poll"];
  options: PollData["options"];
  chooser: NonNullable<PollData["chooser"]>;
}) {
  const hidden = pollIdFields(poll.id);
  return (
    <section aria-labelledby="entwurf" className="mt-8 max-w-2xl">
      <SectionHeading size="medium" id="entwurf">
        Entwurf
      </SectionHeading>
      <p className="mt-1">
        Beim Eröffnen werden die stimmberechtigten Sitze des Gremiums festgestellt
        {poll.agendaItemId
          ? " (mit der erfassten Anwesenheit der Sitzung)"
          : " und alle Stimmberechtigten per E-Mail benachrichtigt"}
        . Danach lassen sich Regeln und Optionen nicht mehr ändern.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <ActionForm
          id="eroeffnen"
          action={openPollAction.bind(null, slug)}
          submitLabel="Abstimmung jetzt eröffnen"
          fields={hidden}
          confirm={{
            summary: "Abstimmung eröffnen …",
            question: "Die Abstimmung wird eröffnet; Regeln und Optionen sind danach fest.",
          }}
        />
        <ActionForm
          id="loeschen"
          action={deletePollAction.bind(null, slug)}
          submitLabel="Entwurf endgültig löschen"
          fields={hidden}
          confirm={{ summary: "Entwurf löschen …", question: `Der Entwurf „${poll.title}“ wird gelöscht.` }}
        />
      </div>
      <details className="mt-4">
        <DisclosureSummary>Entwurf bearbeiten</DisclosureSummary>
        <ActionForm
          id="entwurf-bearbeiten"
          className="mt-3"
          action={updatePollAction.bind(null, slug)}
          submitLabel="Entwurf speichern"
          fields={[
            ...hidden,
            ...pollFields({
              bodies: [poll.body],
              items: chooser.items,
              fields: chooser.fields,
              poll: { ...poll, options },
            }),
          ]}
        />
      </details>
    </section>
  );
}
