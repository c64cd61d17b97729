import { SectionHeading } from "@/components/ui/section-heading";
import { berlinDateTime } from "@/lib/core/format/berlin-dates";
import type { getMeeting } from "@/lib/meetings/get-meeting";

type InvitationMail = Awaited<ReturnType<typeof getMeeting>>["invitationMails"][number];

/** What happened to each invitation e-mail: sent, waiting, retried or undeliverable. */
export function InvitationSection({ mails }: { mails: InvitationMail[] }) {
  return (
    <section aria-labelledby="einladungen" className="mt-10">
      <SectionHeading id="einladungen">Einladungen</SectionHeading>
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
    </section>
  );
}
