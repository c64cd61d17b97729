import type { Metadata } from "next";
import { DoneNotice } from "@/components/done-notice";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { countSeats } from "@/lib/meetings/count-seats";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { getMeetingOffice } from "@/lib/meetings/get-meeting-office";
import { meetingSteps } from "@/lib/meetings/meeting-steps";
import { requireRegion } from "@/lib/tenancy/require-region";
import { AgendaSection } from "./_components/agenda-section";
import { AttendanceSection } from "./_components/attendance-section";
import { EditMeetingForm } from "./_components/edit-meeting-form";
import { InvitationPreview } from "./_components/invitation-preview";
import { InvitationSection } from "./_components/invitation-section";
import { MeetingActions } from "./_components/meeting-actions";
import { MeetingFacts } from "./_components/meeting-facts";
import { MeetingDocuments } from "./_components/meeting-documents";
import { MeetingHistory } from "./_components/meeting-history";
import { MeetingSteps } from "./_components/meeting-steps";
import { MinutesSection } from "./_components/minutes-section";

export const metadata: Metadata = { title: "Sitzung" };

type Props = { params: Promise<{ region: string; id: string }>; searchParams: Promise<{ erledigt?: string }> };

/**
 * One meeting, organised around the office's steps: the task list at the top links to each
 * step's section below (Tagesordnung with its Unterlagen, Einladung, Anwesenheit, Protokoll and
 * Genehmigung) or to its own page (the attendance table, the minutes).
 */
export default async function MeetingPage({ params, searchParams }: Props) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const data = await orNotFound(getMeeting(context.actor, id));
  const { meeting, agenda, seats, quorum, fieldsOfAction, invitationMails, minutes, attendanceOpen } = data;
  const canWrite = context.can("meetings.write");
  const office = canWrite ? await getMeetingOffice(context.actor, id) : null;
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);
  const steps = meetingSteps({
    meeting,
    agendaItems: agenda.length,
    documents: agenda.reduce((sum, item) => sum + item.documents.length, 0),
    invitationMails,
    invitationDeadline: office?.invitation?.deadline,
    seats: countSeats(seats),
    minutes,
  });

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/sitzungen`}>Alle Sitzungen</TextLink>
      </p>
      <DoneNotice message={notice} />
      <PageTitle className="mt-1">{meeting.title}</PageTitle>
      <MeetingFacts meeting={meeting} />
      {canWrite && <MeetingActions slug={slug} meeting={meeting} />}
      {office && <EditMeetingForm slug={slug} meeting={meeting} bodies={office.bodies} />}
      {canWrite && <MeetingSteps slug={slug} meetingId={meeting.id} steps={steps} />}
      <MeetingDocuments slug={slug} actor={context.actor} meetingId={meeting.id} />
      <AgendaSection
        slug={slug}
        meeting={meeting}
        agenda={agenda}
        fieldsOfAction={fieldsOfAction}
        can={{
          write: canWrite,
          decide: context.can("decisions.write"),
          writeDocuments: context.can("documents.write"),
          managePolls: context.can("polls.manage"),
        }}
      />
      <InvitationSection
        slug={slug}
        meeting={meeting}
        hasAgenda={agenda.length > 0}
        mails={invitationMails}
        canWrite={canWrite}
        shortNotice={office?.invitation?.shortNotice}
      >
        {office?.invitation && <InvitationPreview preview={office.invitation} />}
      </InvitationSection>
      <AttendanceSection
        slug={slug}
        meetingId={meeting.id}
        seats={seats}
        quorum={quorum}
        open={attendanceOpen}
        canWrite={canWrite}
      />
      <MinutesSection slug={slug} meetingId={meeting.id} minutes={minutes} />
      {office && <MeetingHistory entries={office.history} />}
    </>
  );
}
