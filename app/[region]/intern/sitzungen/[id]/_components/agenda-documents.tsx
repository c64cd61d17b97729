import { ActionForm } from "@/components/forms/action-form";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { TextAnchor } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { attachDocumentAction, setDocumentPublicAction } from "../../actions";

type AgendaItem = Awaited<ReturnType<typeof getMeeting>>["agenda"][number];

/**
 * The documents of a TOP; with `canWrite` also publishing them and attaching new ones. A
 * published document of a TOP or meeting that is not public says so: nobody outside sees it yet.
 */
export function AgendaDocuments({
  slug,
  item,
  isOpenToPublic,
  canWrite,
}: {
  slug: string;
  item: Pick<AgendaItem, "id" | "number" | "documents">;
  isOpenToPublic: boolean;
  canWrite: boolean;
}) {
  return (
    <>
      {item.documents.length > 0 && (
        <ul className="mt-2 text-sm" aria-label={`Unterlagen zu ${item.number}`}>
          {item.documents.map((doc) => (
            <li key={doc.id}>
              <TextAnchor href={`/${slug}/intern/dokumente/${doc.id}`}>{doc.title}</TextAnchor> ({doc.fileName},{" "}
              {Math.max(1, Math.round(doc.sizeBytes / 1024))} KB,{" "}
              {doc.isPublic
                ? isOpenToPublic
                  ? "veröffentlicht"
                  : "freigegeben, öffentlich erst mit öffentlichem TOP und öffentlicher Sitzung"
                : "nur intern"}
              )
              {canWrite && (
                <ActionForm
                  id={`veroeffentlichen-${doc.id}`}
                  compact
                  action={setDocumentPublicAction.bind(null, slug)}
                  submitLabel={
                    doc.isPublic ? `„${doc.title}“ nicht mehr veröffentlichen` : `„${doc.title}“ veröffentlichen`
                  }
                  fields={[
                    { kind: "hidden", name: "documentId", value: doc.id },
                    { kind: "hidden", name: "isPublic", value: doc.isPublic ? "" : "on" },
                  ]}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <details className="mt-2">
          <DisclosureSummary small>Unterlage an {item.number} anhängen</DisclosureSummary>
          <ActionForm
            id={`unterlage-${item.id}`}
            className="mt-2 max-w-xl"
            action={attachDocumentAction.bind(null, slug)}
            submitLabel="Unterlage hochladen"
            resetOnSuccess
            fields={[
              { kind: "hidden", name: "agendaItemId", value: item.id },
              {
                kind: "text",
                name: "title",
                label: "Titel der Unterlage",
                hint: "Leer lassen, um den Dateinamen zu verwenden.",
              },
              {
                kind: "file",
                name: "file",
                label: "Datei (höchstens 10 MB)",
                required: true,
                accept: ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp",
              },
            ]}
          />
        </details>
      )}
    </>
  );
}
