import { DateTime } from "@/components/ui/date-time";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { SEARCH_KIND_LABEL, type SearchKind } from "@/lib/search/labels";
import type { SearchGroup, SearchHit } from "@/lib/search/search-intern";
import { searchHref, snippetParts } from "@/lib/search/search-query";

function hrefOf(slug: string, kind: SearchKind, hit: SearchHit): string {
  const base = `/${slug}/intern`;
  switch (kind) {
    case "meetings":
    case "agendaItems":
      return `${base}/sitzungen/${hit.meetingId}`;
    case "minutes":
      return `${base}/sitzungen/${hit.meetingId}/protokoll`;
    case "decisions":
      return `${base}/auftraege/beschluesse/${hit.id}`;
    case "assignments":
      return `${base}/auftraege/${hit.id}`;
    case "recommendations":
      return `${base}/empfehlungen/${hit.id}`;
    case "documents":
      return `${base}/dokumente/${hit.id}`;
  }
}

/** One kind of hits: heading with count, the hits with snippet, and a link to all of them. */
export function SearchGroupSection({
  slug,
  text,
  group,
  showAll,
}: {
  slug: string;
  text: string;
  group: SearchGroup;
  showAll: boolean;
}) {
  const id = `treffer-${group.kind}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <SectionHeading id={id}>
        {SEARCH_KIND_LABEL[group.kind]} ({group.total})
      </SectionHeading>
      <ul className="mt-3 space-y-4">
        {group.hits.map((hit) => (
          <li key={`${hit.id}-${hit.context}`} className="[overflow-wrap:anywhere]">
            {group.kind === "documents" ? (
              <TextAnchor strong href={hrefOf(slug, group.kind, hit)}>
                {hit.title}
              </TextAnchor>
            ) : (
              <TextLink strong href={hrefOf(slug, group.kind, hit)}>
                {hit.title}
              </TextLink>
            )}
            {(hit.context || hit.date) && (
              <span className="block text-sm text-muted">
                {hit.context}
                {hit.context && hit.date && " · "}
                {hit.date && (
                  <DateTime value={hit.date} format={group.kind === "meetings" ? "dateTimeShort" : "date"} />
                )}
              </span>
            )}
            {hit.snippet && (
              <p className="mt-1 text-sm">
                {snippetParts(hit.snippet).map((part, i) =>
                  part.marked ? (
                    <mark key={i} className="bg-yellow-100 font-semibold text-inherit">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
      {showAll && group.total > group.hits.length && (
        <p className="mt-3">
          <TextLink href={searchHref(slug, text, group.kind)}>
            Alle {group.total} Treffer in {SEARCH_KIND_LABEL[group.kind]}
          </TextLink>
        </p>
      )}
    </section>
  );
}
