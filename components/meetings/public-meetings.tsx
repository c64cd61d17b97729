import { DateTime } from "@/components/ui/date-time";
import { TextAnchor } from "@/components/ui/text-link";
import { OUTCOME_LABEL } from "@/lib/decisions/labels";
import type { listPublicMeetings } from "@/lib/meetings/list-public-meetings";

type PublicMeeting = Awaited<ReturnType<typeof listPublicMeetings>>["past"][number];

/**
 * Public meetings with their public TOPs and decisions (nothing non-public is ever passed in);
 * with `regionSlug`, each meeting with an agenda links its public Sitzungsmappe.
 */
export function PublicMeetings({
  meetings,
  empty,
  showBody = false,
  regionSlug,
}: {
  meetings: PublicMeeting[];
  empty: string;
  showBody?: boolean;
  regionSlug?: string;
}) {
  if (meetings.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-3 space-y-4">
      {meetings.map((m) => (
        <li key={m.id} className="rounded border border-brand-100 p-3">
          <strong className="block">{m.title}</strong>
          {showBody && <span className="block text-sm text-muted">{m.body.name}</span>}
          <span className="block text-sm">
            <DateTime value={m.startsAt} />
            {m.location ? ` · ${m.location}` : ""}
          </span>
          {m.agendaItems.length > 0 && (
            <ol className="mt-2 list-none text-sm">
              {m.agendaItems.map((item) => (
                <li key={item.id}>
                  {item.number}: {item.title}
                  {item.decisions.map((d) => (
                    <p key={d.id} id={`beschluss-${d.id}`} className="ml-4 mt-1">
                      Beschluss {d.number} ({OUTCOME_LABEL[d.outcome]}): {d.text}
                    </p>
                  ))}
                </li>
              ))}
            </ol>
          )}
          {regionSlug && m.agendaItems.length > 0 && (
            <p className="mt-2 text-sm">
              <TextAnchor href={`/${regionSlug}/sitzungen/${m.id}/sitzungsmappe.pdf`}>
                Sitzungsmappe „{m.title}“ (PDF)
              </TextAnchor>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
