import { SectionHeading } from "@/components/ui/section-heading";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { AddAgendaItemForm } from "./add-agenda-item-form";
import { AgendaItem, type AgendaPermissions } from "./agenda-item";
import { AgendaTemplates } from "./agenda-templates";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;

export function AgendaSection({
  slug,
  meeting,
  agenda,
  fieldsOfAction,
  can,
}: {
  slug: string;
  meeting: Pick<MeetingData["meeting"], "id" | "version" | "isPublic" | "status">;
  agenda: MeetingData["agenda"];
  fieldsOfAction: MeetingData["fieldsOfAction"];
  can: AgendaPermissions;
}) {
  return (
    <section aria-labelledby="tagesordnung" className="mt-10">
      <SectionHeading id="tagesordnung">Tagesordnung</SectionHeading>
      {agenda.length === 0 ? (
        <p className="mt-2">Noch keine Tagesordnungspunkte.</p>
      ) : (
        <ol className="mt-3 space-y-3" aria-label="Tagesordnungspunkte">
          {agenda.map((item, index) => (
            <AgendaItem
              key={item.id}
              slug={slug}
              meeting={meeting}
              item={item}
              isFirst={index === 0}
              isLast={index === agenda.length - 1}
              fieldsOfAction={fieldsOfAction}
              can={can}
            />
          ))}
        </ol>
      )}
      {can.write && <AgendaTemplates slug={slug} meeting={meeting} />}
      {can.write && <AddAgendaItemForm slug={slug} meeting={meeting} />}
    </section>
  );
}
