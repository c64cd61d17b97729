import { eventFormFields } from "@/components/events/event-fields";
import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { updateEventAction } from "../../actions";

type Event = Awaited<ReturnType<typeof getEventAdmin>>["event"];

export function EditEventSection({ slug, event }: { slug: string; event: Event }) {
  return (
    <section aria-labelledby="angaben" className="mt-8 max-w-2xl">
      <SectionHeading size="medium" id="angaben">
        Angaben ändern
      </SectionHeading>
      <ActionForm
        id="veranstaltung-bearbeiten"
        labelledBy="angaben"
        className="mt-3"
        action={updateEventAction.bind(null, slug)}
        submitLabel="Änderungen speichern"
        fields={[{ kind: "hidden", name: "eventId", value: event.id }, ...eventFormFields(event)]}
      />
    </section>
  );
}
