import { Button } from "@/components/ui/button";
import type { SearchKind } from "@/lib/search/labels";

/** The search form of the search page (GET, works without JavaScript). */
export function SearchForm({ slug, text, kind }: { slug: string; text: string; kind: SearchKind | null }) {
  return (
    <form role="search" method="get" action={`/${slug}/intern/suche`} className="mt-4 flex flex-wrap items-end gap-3">
      <div className="min-w-0 grow basis-60">
        <label htmlFor="intern-suche-q" className="block font-semibold">
          Suchbegriff
        </label>
        <input
          id="intern-suche-q"
          type="search"
          name="q"
          defaultValue={text}
          maxLength={200}
          className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        />
      </div>
      {kind && <input type="hidden" name="art" value={kind} />}
      <Button type="submit">Suchen</Button>
    </form>
  );
}
