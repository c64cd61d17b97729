import type { Metadata } from "next";
import { DoneNotice } from "@/components/done-notice";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getDoneNotice } from "@/lib/core/audit/get-done-notice";
import { orNotFound } from "@/lib/core/http/or-not-found";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { requireRegion } from "@/lib/tenancy/require-region";
import { AgendaSection } from "./_components/agenda-section";
import { AttendanceSection } from "./_components/attendance-section";
import { InvitationSection } from "./_components/invitation-section";
import { MeetingActions } from "./_components/meeting-actions";
import { MeetingFacts } from "./_components/meeting-facts";
import { MeetingLinks } from "./_components/meeting-links";

export const metadata: Metadata = { title: "Sitzung" };

type Props = { params: Promise<{ region: string; id: string }>; searchParams: Promise<{ erledigt?: string }> };

export default async function MeetingPage({ params, searchParams }: Props) {
  const { region: slug, id } = await params;
  const context = await requireRegion(slug, "meetings.read");
  const data = await orNotFound(getMeeting(context.actor, id));
  const { meeting, agenda, members, quorum, quorumRuleIsDefault, fieldsOfAction, invitationMails } = data;
  const canWrite = context.can("meetings.write");
  const notice = await getDoneNotice(context.region.id, context.user.id, (await searchParams).erledigt);

  return (
    <>
      <p className="text-sm">
        <TextLink href={`/${slug}/intern/sitzungen`}>Alle Sitzungen</TextLink>
      </p>
      <DoneNotice message={notice} />
      <PageTitle className="mt-1">{meeting.title}</PageTitle>
      <MeetingFacts meeting={meeting} />
      {canWrite && <MeetingActions slug={slug} meeting={meeting} hasAgenda={agenda.length > 0} />}
      <MeetingLinks slug={slug} meetingId={meeting.id} hasAgenda={agenda.length > 0} />
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
      {invitationMails.length > 0 && <InvitationSection mails={invitationMails} />}
      <AttendanceSection
        slug={slug}
        meetingId={meeting.id}
        members={members}
        quorum={quorum}
        quorumRuleIsDefault={quorumRuleIsDefault}
        canWrite={canWrite}
      />
    </>
  );
}
