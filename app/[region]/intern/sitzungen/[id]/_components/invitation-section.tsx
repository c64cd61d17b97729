import { ActionForm } from "@/components/forms/action-form";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor } from "@/components/ui/text-link";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";
import type { getMeeting } from "@/lib/meetings/get-meeting";
import { sendInvitationAction } from "../../actions";

type MeetingData = Awaited<ReturnType<typeof getMeeting>>;
type InvitationMail = MeetingData["invitationMails"][number];

/**
 * Step "Einladung": the invitation as PDF, sending it (office, once there is an agenda), and what
 * happened to each invitation e-mail. `children` is the slot for more of this step (preview,
 * recipients, Ladungsfrist: InvitationPreview). Inside the Ladungsfrist (`shortNotice`, the
 * warning) sending needs the explicit confirmation checkbox.
 */
export function InvitationSection({
  slug,
  meeting,
  hasAgenda,
  mails,
  canWrite,
  shortNotice,
  children,
}: {
  slug: string;
  meeting: Pick<MeetingData["meeting"], "id" | "status">;
  hasAgenda: boolean;
  mails: InvitationMail[];
  canWrite: boolean;
  shortNotice?: string | null;
  children?: React.ReactNode;
}) {
  const canInvite = canWrite && hasAgenda && (meeting.status === "PLANNED" || meeting.status === "INVITED");
  return (
    <section aria-labelledby="einladung" className="mt-10">
      <SectionHeading id="einladung">Einladung</SectionHeading>
      {hasAgenda ? (
        <p className="mt-2">
          <TextAnchor href={`/${slug}/intern/sitzungen/${meeting.id}/einladung.pdf`}>Einladung als PDF</TextAnchor>
        </p>
      ) : (
        <p className="mt-2">Eingeladen wird mit der Tagesordnung: zuerst Tagesordnungspunkte anlegen.</p>
      )}
      {children}
      {canInvite && (
        <ActionForm
          id="einladen"
          compact
          className="mt-3"
          action={sendInvitationAction.bind(null, slug)}
          submitLabel="Einladung jetzt versenden"
          confirm={{
            summary: meeting.status === "INVITED" ? "Einladung erneut versenden …" : "Einladung versenden …",
            question:
              "Alle Mitglieder und Stellvertretungen erhalten die Tagesordnung per E-Mail, mit dem Termin als Kalenderdatei.",
          }}
          fields={[
            { kind: "hidden", name: "meetingId", value: meeting.id },
            ...(shortNotice
              ? [
                  {
                    kind: "checkbox" as const,
                    name: "confirmShortNotice",
                    label: "Ich lade trotz unterschrittener Ladungsfrist ein.",
                  },
                ]
              : []),
          ]}
        />
      )}
      {mails.length > 0 && (
        <>
          <SectionHeading level={3} className="mt-4">
            Versand der Einladungen
          </SectionHeading>
          <ul className="mt-2 list-disc pl-6 text-sm" data-testid="invitation-mails">
            {mails.map((mail) => (
              <li key={mail.id}>
                {mail.toAddress}:{" "}
                {mail.status === "SENT" && mail.sentAt ? (
                  `versandt am ${berlinDateTime.format(mail.sentAt)} Uhr`
                ) : mail.status === "FAILED" ? (
                  <strong className="text-red-800">nicht zustellbar ({mail.lastError})</strong>
                ) : mail.attempts > 0 ? (
                  `wird erneut versucht (${mail.attempts} Versuche)`
                ) : (
                  "wartet auf Versand"
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
