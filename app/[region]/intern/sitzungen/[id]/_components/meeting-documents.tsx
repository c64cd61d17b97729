import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor } from "@/components/ui/text-link";
import { getMeetingDownloads } from "@/lib/meetings/meeting-downloads";
import { MINUTES_STATUS_LABEL } from "@/lib/meetings/labels";
import type { Actor } from "@/lib/tenancy/actor";

/** The meeting's documents as PDF: the Sitzungsmappe (invitation, contents, attachments) and the minutes. */
export async function MeetingDocuments({ slug, actor, meetingId }: { slug: string; actor: Actor; meetingId: string }) {
  const downloads = await getMeetingDownloads(actor, meetingId);
  const base = `/${slug}/intern/sitzungen/${meetingId}`;
  const others = downloads.otherAttachments;
  return (
    <section aria-labelledby="sitzungsdokumente" className="mt-6">
      <SectionHeading size="medium" id="sitzungsdokumente">
        Dokumente als PDF
      </SectionHeading>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <TextAnchor href={`${base}/sitzungsmappe.pdf`}>Sitzungsmappe herunterladen (PDF)</TextAnchor>
          <span className="text-muted">
            {" "}
            – Einladung, Inhaltsverzeichnis und{" "}
            {downloads.pdfAttachments === 1 ? "1 PDF-Unterlage" : `${downloads.pdfAttachments} PDF-Unterlagen`}
            {others > 0 && `; ${others === 1 ? "1 weitere Datei wird" : `${others} weitere Dateien werden`} genannt`}
          </span>
        </li>
        {downloads.minutes && (
          <li>
            <TextAnchor href={`${base}/protokoll.pdf`}>Protokoll herunterladen (PDF)</TextAnchor>
            <span className="text-muted"> – {MINUTES_STATUS_LABEL[downloads.minutes]}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
