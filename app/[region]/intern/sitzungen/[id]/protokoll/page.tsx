import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { listApprovalItems } from "@/lib/meetings/approve-minutes";
import { MINUTES_STATUS_LABEL } from "@/lib/meetings/labels";
import { getMinutes } from "@/lib/meetings/minutes";
import { getMinutesComments } from "@/lib/meetings/minutes-comments";
import { requireRegion } from "@/lib/tenancy/require-region";
import { ApprovalNote } from "./_components/approval-note";
import { MinutesEditor } from "./_components/minutes-editor";
import { MinutesSteps } from "./_components/minutes-steps";
import { MinutesText } from "./_components/minutes-text";

export const metadata: Metadata = { title: "Protokoll" };

export default async function MinutesPage({ params }: { params: Promise<{ region: string; id: string }> }) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const data = await orNotFound(getMinutes(context.actor, id));
  const review = await getMinutesComments(context.actor, id);
  const { meeting, minutes, writeRefusal, approvalRefusal } = data;
  const canWrite = context.can("minutes.write");
  const open = canWrite && minutes?.status !== "APPROVED";
  const approvalItems =
    open && minutes?.status === "CIRCULATED" && !approvalRefusal ? await listApprovalItems(context.actor, id) : [];

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/sitzungen/${meeting.id}`}>Zurück zur Sitzung</TextLink>
      </p>
      <PageTitle className="mt-1">Protokoll: {meeting.title}</PageTitle>
      <p className="mt-2" data-testid="minutes-status">
        Stand: {minutes ? MINUTES_STATUS_LABEL[minutes.status] : "noch nicht angelegt"}
        {minutes && <ApprovalNote slug={slug} minutes={minutes} />}
      </p>
      {!minutes && !canWrite && <p className="mt-4">Das Protokoll liegt noch nicht vor.</p>}
      {minutes && (
        <p className="mt-2">
          <TextAnchor href={`/${slug}/intern/sitzungen/${meeting.id}/protokoll.pdf`}>Protokoll als PDF</TextAnchor>
        </p>
      )}
      {minutes && <MinutesText slug={slug} data={{ ...data, minutes }} review={review} />}
      {open && writeRefusal && (
        <p className="mt-8 max-w-3xl rounded border border-gray-500 p-notice" data-testid="minutes-refusal">
          {writeRefusal}
        </p>
      )}
      {open && !writeRefusal && <MinutesEditor slug={slug} data={data} />}
      {open && minutes && (
        <MinutesSteps
          slug={slug}
          meetingId={meeting.id}
          minutes={minutes}
          approvalRefusal={approvalRefusal}
          approvalItems={approvalItems}
        />
      )}
    </>
  );
}
