import { ResponsiveTable } from "@/components/ui/responsive-table";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getMeetingOffice } from "@/lib/meetings/get-meeting-office";

type Preview = NonNullable<Awaited<ReturnType<typeof getMeetingOffice>>["invitation"]>;

/**
 * Part of the step "Einladung", before the send button: the Ladungsfrist (with the warning
 * when it is not kept), the recipients — members and deputies, with address or named as
 * "ohne Adresse" — and the e-mail as it will be sent.
 */
export function InvitationPreview({ preview }: { preview: Preview }) {
  if (!preview.hasAgenda) return null;
  const withAddress = preview.recipients.filter((r) => r.email).length;
  return (
    <div data-testid="invitation-preview">
      {preview.noticePeriodDays !== null && (
        <p className="mt-2 text-sm">
          Ladungsfrist laut Kooperationsvertrag: {preview.noticePeriodDays} Tage vor der Sitzung.
        </p>
      )}
      {preview.shortNotice && (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-3 text-amber-900" data-testid="short-notice">
          <strong>Achtung:</strong> {preview.shortNotice} Sie können trotzdem einladen, wenn Sie das unten ausdrücklich
          bestätigen; die Bestätigung wird vermerkt.
        </p>
      )}
      <ResponsiveTable
        caption={`Empfängerinnen und Empfänger (${withAddress} von ${preview.recipients.length} mit E-Mail-Adresse)`}
        variant="lined"
        dense
        className="mt-4"
      >
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Sitz</th>
            <th scope="col">E-Mail-Adresse</th>
          </tr>
        </thead>
        <tbody>
          {preview.recipients.map((r, index) => (
            <tr key={index}>
              <th scope="row">{r.name}</th>
              <td>
                {r.seat}
                {r.isDeputy ? " (Stellvertretung)" : ""}
              </td>
              <td>{r.email || <strong>ohne Adresse – bitte anders einladen</strong>}</td>
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
      {preview.text && (
        <div className="mt-4">
          <SectionHeading level={3} size="medium" id="einladung-vorschau">
            So lautet die E-Mail{preview.sampleName ? ` (an ${preview.sampleName})` : ""}
          </SectionHeading>
          <p className="mt-1 text-sm">
            <span className="font-semibold">Betreff:</span>{" "}
            <span data-testid="invitation-subject">{preview.subject}</span>
          </p>
          <pre
            className="mt-2 max-w-3xl overflow-x-auto rounded border border-brand-100 p-3 text-sm break-words whitespace-pre-wrap"
            data-testid="invitation-text"
          >
            {preview.text}
          </pre>
          <p className="mt-1 text-sm">Angehängt: der Termin als Kalenderdatei (sitzung.ics).</p>
        </div>
      )}
    </div>
  );
}
