import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { addAgendaItemAction } from "../../actions";
import { agendaKindOptions } from "./agenda-kind-options";
import { versionedFields } from "./versioned-fields";

type Meeting = Awaited<ReturnType<typeof getMeeting>>["meeting"];

export function AddAgendaItemForm({
  slug,
  meeting,
}: {
  slug: string;
  meeting: Pick<Meeting, "id" | "version" | "isPublic">;
}) {
  return (
    <section aria-labelledby="top-neu" className="mt-6 max-w-2xl">
      <SectionHeading level={3} size="medium" id="top-neu">
        Tagesordnungspunkt hinzufügen
      </SectionHeading>
      <ActionForm
        id="top"
        labelledBy="top-neu"
        className="mt-3"
        action={addAgendaItemAction.bind(null, slug)}
        submitLabel="TOP hinzufügen"
        resetOnSuccess
        fields={[
          ...versionedFields(meeting),
          { kind: "text", name: "title", label: "Titel", required: true },
          {
            kind: "select",
            name: "kind",
            label: "Art",
            required: true,
            defaultValue: "INFORMATION",
            options: agendaKindOptions,
          },
          { kind: "textarea", name: "description", label: "Erläuterung" },
          { kind: "checkbox", name: "isPublic", label: "öffentlicher TOP", defaultChecked: meeting.isPublic },
        ]}
      />
    </section>
  );
}
