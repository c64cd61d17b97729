import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { SEARCH_KIND_LABEL } from "@/lib/search/labels";
import { searchIntern } from "@/lib/search/search-intern";
import { parseSearchQuery, searchHref } from "@/lib/search/search-query";
import { requireRegion } from "@/lib/tenancy/require-region";
import { SearchForm } from "./_components/search-form";
import { SearchGroupSection } from "./_components/search-group";

export const metadata: Metadata = { title: "Suche" };

type Props = {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SearchPage({ params, searchParams }: Props) {
  const { region: slug } = await params;
  const context = await requireRegion(slug, "intern.view");
  const query = parseSearchQuery(await searchParams);
  const groups = await searchIntern(context.actor, query);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return (
    <>
      <PageTitle>Suche im internen Bereich</PageTitle>
      <SearchForm slug={slug} text={query.text} kind={query.kind} />
      {!query.text ? (
        <p className="mt-6">
          Geben Sie einen Suchbegriff ein. Gesucht wird in Sitzungen, Tagesordnungspunkten, Protokollen, Beschlüssen,
          Aufträgen, Empfehlungen und Dokumenten, die Sie öffnen dürfen.
        </p>
      ) : (
        <>
          <p className="mt-6" role="status">
            {total === 0
              ? `Keine Treffer für „${query.text}“.`
              : `${total} Treffer für „${query.text}“${query.kind ? ` in ${SEARCH_KIND_LABEL[query.kind]}` : ""}.`}
            {query.kind && (
              <>
                {" "}
                <TextLink href={searchHref(slug, query.text)}>In allen Bereichen suchen</TextLink>
              </>
            )}
          </p>
          {total === 0 && (
            <p className="mt-2">
              Tipp: Ein kürzeres Wort oder der Wortanfang findet mehr („Haush“ findet „Haushaltsplan“). Mit „-“
              schließen Sie ein Wort aus, mit Anführungszeichen suchen Sie eine genaue Wortfolge.
            </p>
          )}
          {groups
            .filter((g) => g.total > 0)
            .map((group) => (
              <SearchGroupSection key={group.kind} slug={slug} text={query.text} group={group} showAll={!query.kind} />
            ))}
        </>
      )}
    </>
  );
}
