import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { TextLink } from "@/components/ui/text-link";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { removeForumAction, updateForumAction } from "../../actions";

type EventAdmin = Awaited<ReturnType<typeof getEventAdmin>>;

/** One forum of the programme with its forms for editing and removing it. */
export function ForumItem({
  slug,
  forum: f,
  registrationCount,
  fieldsOfAction,
}: {
  slug: string;
  forum: EventAdmin["event"]["forums"][number];
  registrationCount: number;
  fieldsOfAction: EventAdmin["fieldsOfAction"];
}) {
  return (
    <li>
      <strong>{f.title}</strong>
      {f.fieldOfAction && (
        <>
          {" "}
          · <TextLink href={`/${slug}/intern/handlungsfelder/${f.fieldOfAction.slug}`}>{f.fieldOfAction.name}</TextLink>
        </>
      )}{" "}
      ({registrationCount} Anmeldungen)
      {f.description && <p className="text-sm">{f.description}</p>}
      <details className="mt-1 max-w-2xl">
        <DisclosureSummary small>Forum „{f.title}“ bearbeiten</DisclosureSummary>
        <ActionForm
          id={`forum-${f.id}`}
          className="mt-2"
          action={updateForumAction.bind(null, slug)}
          submitLabel="Forum speichern"
          fields={[
            { kind: "hidden", name: "forumId", value: f.id },
            { kind: "text", name: "title", label: "Titel des Forums", required: true, defaultValue: f.title },
            {
              kind: "select",
              name: "fieldOfActionId",
              label: "Handlungsfeld",
              placeholder: "— keinem Handlungsfeld —",
              defaultValue: f.fieldOfActionId ?? "",
              options: fieldsOfAction.map((x) => ({ value: x.id, label: x.name })),
            },
            {
              kind: "textarea",
              name: "description",
              label: "Beschreibung",
              rows: 2,
              defaultValue: f.description,
            },
          ]}
        />
        <ActionForm
          id={`forum-weg-${f.id}`}
          className="mt-2"
          compact
          action={removeForumAction.bind(null, slug)}
          submitLabel={`Forum „${f.title}“ entfernen`}
          confirm={{
            summary: "Forum entfernen …",
            question:
              "Das Forum verschwindet aus dem Programm. Haben Teilnehmende es gewählt oder stammen Empfehlungen daraus, bleibt es erhalten.",
          }}
          fields={[{ kind: "hidden", name: "forumId", value: f.id }]}
        />
      </details>
    </li>
  );
}
