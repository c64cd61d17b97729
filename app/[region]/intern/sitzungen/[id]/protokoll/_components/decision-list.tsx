import type { getMinutes } from "@/lib/meetings/minutes";
import { decisionHeading } from "@/lib/meetings/minutes-format";

type Decision = Awaited<ReturnType<typeof getMinutes>>["decisions"][number];

/** The decisions of a TOP with number, outcome and vote counts. */
export function DecisionList({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return null;
  return (
    <ul className="mt-2 space-y-2">
      {decisions.map((d) => (
        <li key={d.id} className="rounded border border-brand-100 p-2">
          <p className="font-semibold">{decisionHeading(d)}</p>
          <p className="mt-1 whitespace-pre-line">{d.text}</p>
        </li>
      ))}
    </ul>
  );
}
