import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getMinutes } from "@/lib/meetings/minutes";
import { saveMinutesAction } from "../actions";

type Data = Awaited<ReturnType<typeof getMinutes>>;

/** The office's form for the minutes: preamble and a text per TOP. */
export function MinutesEditor({ slug, data }: { slug: string; data: Data }) {
  const { meeting, minutes, agenda, quorum } = data;
  return (
    <section aria-labelledby="bearbeiten" className="mt-10 max-w-3xl">
      <SectionHeading id="bearbeiten">{minutes ? "Protokoll bearbeiten" : "Protokoll anlegen"}</SectionHeading>
      <p className="mt-2 text-sm">
        Formatierung mit Markdown: **fett**, *kursiv*, Listen mit „- “. Beim Speichern wird die Beschlussfähigkeit aus
        der Anwesenheit übernommen: {quorum?.statement}
      </p>
      <ActionForm
        id="protokoll"
        labelledBy="bearbeiten"
        className="mt-3"
        action={saveMinutesAction.bind(null, slug)}
        submitLabel="Protokoll speichern"
        fields={[
          { kind: "hidden", name: "meetingId", value: meeting.id },
          { kind: "hidden", name: "version", value: String(minutes?.version ?? 0) },
          { kind: "textarea", name: "preamble", label: "Vorbemerkung", rows: 3, defaultValue: minutes?.preamble ?? "" },
          ...agenda.map((item) => ({
            kind: "textarea" as const,
            name: `entry:${item.id}`,
            label: `${item.number}: ${item.title}`,
            rows: 5,
            defaultValue: item.text,
          })),
        ]}
      />
    </section>
  );
}
