import { TextLink } from "@/components/ui/text-link";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { AGENDA_KIND_LABEL } from "@/lib/meetings/labels";
import { AgendaDocuments } from "./agenda-documents";
import { AgendaItemControls } from "./agenda-item-controls";
import { AgendaPolls } from "./agenda-polls";
import { ApprovedMinutesLinks } from "./approved-minutes-links";
import { DecisionCard } from "./decision-card";
import { DecisionForm } from "./decision-form";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;

/** What the viewer may do on the agenda (from the region's permissions). */
export type AgendaPermissions = { write: boolean; decide: boolean; writeDocuments: boolean; managePolls: boolean };

/** One TOP with its documents, decisions and polls, and the forms the viewer may use on it. */
export function AgendaItem({
  slug,
  meeting,
  item,
  isFirst,
  isLast,
  fieldsOfAction,
  can,
}: {
  slug: string;
  meeting: Pick<MeetingData["meeting"], "id" | "version" | "isPublic">;
  item: MeetingData["agenda"][number];
  isFirst: boolean;
  isLast: boolean;
  fieldsOfAction: MeetingData["fieldsOfAction"];
  can: AgendaPermissions;
}) {
  return (
    <li className="rounded border border-brand-100 p-3 wrap-anywhere">
      <strong>
        {item.number}: {item.title}
      </strong>{" "}
      <span className="text-sm text-muted">
        ({AGENDA_KIND_LABEL[item.kind]}, {item.isPublic ? "öffentlich" : "nicht öffentlich"})
      </span>
      {item.description && <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm">{item.description}</p>}
      {item.recommendationId && (
        <p className="mt-1 text-sm">
          <TextLink href={`/${slug}/intern/empfehlungen/${item.recommendationId}`}>
            Empfehlung der Bildungskonferenz zu {item.number} ansehen
          </TextLink>
        </p>
      )}
      <ApprovedMinutesLinks slug={slug} minutes={item.approvesMinutes} />
      <AgendaDocuments
        slug={slug}
        item={item}
        isOpenToPublic={meeting.isPublic && item.isPublic}
        canWrite={can.writeDocuments}
      />
      {item.decisions.map((decision) => (
        <DecisionCard key={decision.id} slug={slug} decision={decision} />
      ))}
      {item.kind === "DECISION" && (item.polls.length > 0 || can.managePolls) && (
        <AgendaPolls slug={slug} item={item} canManage={can.managePolls} />
      )}
      {can.decide && item.kind === "DECISION" && (
        <DecisionForm slug={slug} item={item} fieldsOfAction={fieldsOfAction} />
      )}
      {can.write && <AgendaItemControls slug={slug} meeting={meeting} item={item} isFirst={isFirst} isLast={isLast} />}
    </li>
  );
}
