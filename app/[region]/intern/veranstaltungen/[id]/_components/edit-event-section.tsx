import { eventFormFields } from "@/components/events/event-fields";
import { ActionForm } from "@/components/forms/action-form";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { updateEventAction } from "../../actions";

type Event = Awaited<ReturnType<typeof getEventAdmin>>["event"];

export function EditEventSection({ slug, event }: { slug: string; event: Event }) {
  return (
    <section aria-labelledby="angaben" className="mt-8 max-w-2xl">
      <h2 id="angaben" className="text-xl font-semibold text-brand-800">
        Angaben ändern
      </h2>
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
