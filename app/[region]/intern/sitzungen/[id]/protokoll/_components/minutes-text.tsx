import { Markdown } from "@/components/markdown";
import { SectionHeading } from "@/components/ui/section-heading";
import type { getMinutes } from "@/lib/meetings/minutes";
import type { getMinutesComments } from "@/lib/meetings/minutes-comments";
import { AttendanceList } from "./attendance-list";
import { DecisionList } from "./decision-list";
import { ReviewComments } from "./review-comments";

type Data = Awaited<ReturnType<typeof getMinutes>>;

/**
 * The saved minutes: Beschlussfähigkeit, attendance list, preamble, and per TOP its text and
 * decisions with counts; during review the comments beside each TOP.
 */
export function MinutesText({
  slug,
  data,
  review,
}: {
  slug: string;
  data: Data & { minutes: NonNullable<Data["minutes"]> };
  review: Awaited<ReturnType<typeof getMinutesComments>>;
}) {
  const { minutes, agenda, attendance, decisions } = data;
  return (
    <section aria-labelledby="fassung" className="mt-8">
      <SectionHeading id="fassung">Gespeicherte Fassung</SectionHeading>
      {minutes.quorumNote && <p className="mt-2 font-semibold">{minutes.quorumNote}</p>}
      <AttendanceList attendance={attendance} />
      {minutes.preamble && (
        <div className="mt-4">
          <Markdown text={minutes.preamble} />
        </div>
      )}
      {agenda.map((item) => (
        <section key={item.id} aria-label={`${item.number}: ${item.title}`} className="mt-4">
          <SectionHeading level={3}>
            {item.number}: {item.title}
            {item.isPublic ? "" : " (nicht öffentlich)"}
          </SectionHeading>
          <Markdown text={item.text} />
          <DecisionList decisions={item.decisions} />
          <ReviewComments slug={slug} item={item} review={review} />
        </section>
      ))}
      {decisions.length > 0 && (
        <section aria-labelledby="weitere-beschluesse" className="mt-4">
          <SectionHeading id="weitere-beschluesse" level={3}>
            Weitere Beschlüsse der Sitzung
          </SectionHeading>
          <DecisionList decisions={decisions} />
        </section>
      )}
    </section>
  );
}
