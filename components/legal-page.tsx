import { Markdown } from "@/components/markdown";
import { PageTitle } from "@/components/ui/page-title";
import { berlinDate } from "@/lib/core/format/berlin-dates";

/** One legal page (Impressum, Datenschutz, Barrierefreiheit) as safe Markdown. */
export function LegalPageView({ title, body, updatedAt }: { title: string; body: string; updatedAt: Date | null }) {
  return (
    <article className="max-w-3xl">
      <PageTitle>{title}</PageTitle>
      <div className="mt-4 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-brand-800">
        <Markdown text={body} />
      </div>
      {updatedAt && <p className="mt-6 text-sm text-muted">Stand: {berlinDate.format(updatedAt)}</p>}
    </article>
  );
}
