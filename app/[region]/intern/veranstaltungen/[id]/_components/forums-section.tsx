import { SectionHeading } from "@/components/ui/section-heading";
import type { getEventAdmin } from "@/lib/events/manage-events";
import { AddForumForm } from "./add-forum-form";
import { ForumItem } from "./forum-item";

type EventAdmin = Awaited<ReturnType<typeof getEventAdmin>>;

/** The programme: the forums with their registrations, editing and adding them. */
export function ForumsSection({
  slug,
  event,
  fieldsOfAction,
}: {
  slug: string;
  event: Pick<EventAdmin["event"], "id" | "forums" | "registrations">;
  fieldsOfAction: EventAdmin["fieldsOfAction"];
}) {
  return (
    <section aria-labelledby="programm" className="mt-8">
      <SectionHeading size="medium" id="programm">
        Programm: Foren
      </SectionHeading>
      {event.forums.length === 0 ? (
        <p className="mt-2">
          Noch keine Foren. Foren gliedern das Programm, meist eines je Handlungsfeld; Teilnehmende wählen bei der
          Anmeldung ihr Forum.
        </p>
      ) : (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {event.forums.map((f) => (
            <ForumItem
              key={f.id}
              slug={slug}
              forum={f}
              registrationCount={
                event.registrations.filter((r) => r.forumId === f.id && r.status !== "CANCELLED").length
              }
              fieldsOfAction={fieldsOfAction}
            />
          ))}
        </ol>
      )}
      <AddForumForm slug={slug} eventId={event.id} fieldsOfAction={fieldsOfAction} />
    </section>
  );
}
