import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from "../../actions";
import { agendaKindOptions } from "./agenda-kind-options";
import { versionedFields } from "./versioned-fields";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;
type AgendaItem = MeetingData["agenda"][number];

/** Moving, editing and removing a TOP. After a move the focus stays on the moved TOP's button (or its other one). */
export function AgendaItemControls({
  slug,
  meeting,
  item,
  isFirst,
  isLast,
}: {
  slug: string;
  meeting: Pick<MeetingData["meeting"], "id" | "version">;
  item: Pick<AgendaItem, "id" | "number" | "title" | "kind" | "description" | "isPublic">;
  isFirst: boolean;
  isLast: boolean;
}) {
  const versioned = versionedFields(meeting);
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      {!isFirst && (
        <ActionForm
          id={`hoch-${item.id}`}
          compact
          action={moveAgendaItemAction.bind(null, slug)}
          submitLabel={`${item.number} nach oben`}
          focusAfter={[`runter-${item.id}-senden`]}
          fields={[
            ...versioned,
            { kind: "hidden", name: "itemId", value: item.id },
            { kind: "hidden", name: "direction", value: "up" },
          ]}
        />
      )}
      {!isLast && (
        <ActionForm
          id={`runter-${item.id}`}
          compact
          action={moveAgendaItemAction.bind(null, slug)}
          submitLabel={`${item.number} nach unten`}
          focusAfter={[`hoch-${item.id}-senden`]}
          fields={[
            ...versioned,
            { kind: "hidden", name: "itemId", value: item.id },
            { kind: "hidden", name: "direction", value: "down" },
          ]}
        />
      )}
      <details className="w-full">
        <DisclosureSummary small>{item.number} bearbeiten</DisclosureSummary>
        <ActionForm
          id={`bearbeiten-${item.id}`}
          className="mt-2 max-w-2xl"
          action={updateAgendaItemAction.bind(null, slug)}
          submitLabel={`${item.number} speichern`}
          fields={[
            ...versioned,
            { kind: "hidden", name: "itemId", value: item.id },
            { kind: "text", name: "title", label: "Titel", required: true, defaultValue: item.title },
            {
              kind: "select",
              name: "kind",
              label: "Art",
              required: true,
              defaultValue: item.kind,
              options: agendaKindOptions,
            },
            {
              kind: "textarea",
              name: "description",
              label: "Erläuterung",
              defaultValue: item.description,
            },
            {
              kind: "checkbox",
              name: "isPublic",
              label: "öffentlicher TOP",
              defaultChecked: item.isPublic,
            },
          ]}
        />
        <ActionForm
          id={`entfernen-${item.id}`}
          className="mt-3"
          action={removeAgendaItemAction.bind(null, slug)}
          submitLabel={`${item.number} jetzt entfernen`}
          confirm={{
            summary: <>{item.number} entfernen …</>,
            question: "Der TOP wird von der Tagesordnung genommen; die übrigen werden neu nummeriert.",
          }}
          fields={[...versioned, { kind: "hidden", name: "itemId", value: item.id }]}
        />
      </details>
    </div>
  );
}
