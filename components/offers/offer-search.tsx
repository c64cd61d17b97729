import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/text-link";
import { OFFER_KIND_LABEL, TARGET_GROUP_LABEL } from "@/lib/offers/labels";
import { offerQueryParams, type OfferHit, type OfferQuery } from "@/lib/offers/offer-query";

const input = "mt-1 w-full rounded border border-gray-500 px-3 py-2";
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

interface FormProps {
  base: string;
  query: OfferQuery;
  fields: { slug: string; name: string }[];
  localities: { id: string; name: string }[];
  /** NRW-wide search: the regions to choose from. */
  regions?: { slug: string; name: string }[];
  placeLabel?: string;
}

/**
 * The offer search as a GET form: works without JavaScript, and every result page has its
 * own URL. Used by the region's search and the NRW-wide one.
 */
export function OfferSearchForm({ base, query, fields, localities, regions, placeLabel = "Kommune" }: FormProps) {
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label="Angebote durchsuchen"
      className="mt-4 grid gap-4 rounded border border-brand-100 p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <label htmlFor="suche-q" className="block font-semibold">
          Suchbegriff
        </label>
        <input id="suche-q" type="search" name="q" defaultValue={query.q} className={input} />
      </div>
      {regions && (
        <div>
          <label htmlFor="suche-region" className="block font-semibold">
            Bildungsregion
          </label>
          <select id="suche-region" name="region" defaultValue={query.region ?? ""} className={input}>
            <option value="">ganz NRW</option>
            {regions.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="suche-feld" className="block font-semibold">
          Handlungsfeld
        </label>
        <select id="suche-feld" name="feld" defaultValue={query.field ?? ""} className={input}>
          <option value="">alle</option>
          {fields.map((f) => (
            <option key={f.slug} value={f.slug}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="suche-zielgruppe" className="block font-semibold">
          Zielgruppe
        </label>
        <select id="suche-zielgruppe" name="zielgruppe" defaultValue={query.group ?? ""} className={input}>
          <option value="">alle</option>
          {options(TARGET_GROUP_LABEL)}
        </select>
      </div>
      <div>
        <label htmlFor="suche-art" className="block font-semibold">
          Art des Angebots
        </label>
        <select id="suche-art" name="art" defaultValue={query.kind ?? ""} className={input}>
          <option value="">alle</option>
          {options(OFFER_KIND_LABEL)}
        </select>
      </div>
      {localities.length > 0 && (
        <div>
          <label htmlFor="suche-ort" className="block font-semibold">
            {placeLabel}
          </label>
          <select id="suche-ort" name="ort" defaultValue={query.locality ?? ""} className={input}>
            <option value="">alle</option>
            {localities.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="suche-von" className="block font-semibold">
          Termin ab
        </label>
        <input id="suche-von" type="date" name="von" defaultValue={query.from ?? ""} className={input} />
      </div>
      <div>
        <label htmlFor="suche-bis" className="block font-semibold">
          Termin bis
        </label>
        <input id="suche-bis" type="date" name="bis" defaultValue={query.until ?? ""} className={input} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="font-semibold">Nur Angebote, die …</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="kostenlos" value="ja" defaultChecked={query.free} className="h-5 w-5" />{" "}
            kostenlos sind
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="rollstuhlgerecht"
              value="ja"
              defaultChecked={query.wheelchair}
              className="h-5 w-5"
            />{" "}
            rollstuhlgerecht sind
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="leichte-sprache"
              value="ja"
              defaultChecked={query.easyLanguage}
              className="h-5 w-5"
            />{" "}
            Leichte Sprache anbieten
          </label>
        </div>
      </fieldset>
      <div>
        <label htmlFor="suche-sortierung" className="block font-semibold">
          Sortierung
        </label>
        <select id="suche-sortierung" name="sortierung" defaultValue={query.sort} className={input}>
          <option value="relevanz">nach Relevanz</option>
          <option value="datum">nach nächstem Termin</option>
        </select>
      </div>
      <div className="flex items-end gap-4">
        <Button type="submit">Suchen</Button>
        <TextLink href={base}>Alle Filter zurücksetzen</TextLink>
      </div>
    </form>
  );
}

interface ResultProps {
  base: string;
  query: OfferQuery;
  notes: string[];
  hits: OfferHit[];
  total: number;
  /** More matches than were ranked (total is then the limit). */
  capped?: boolean;
  pages: number;
  showRegion?: boolean;
}

const count = new Intl.NumberFormat("de-DE");

export function OfferResults({
  base,
  query,
  notes,
  hits,
  total,
  capped = false,
  pages,
  showRegion = false,
}: ResultProps) {
  const pageHref = (page: number) => {
    const qs = offerQueryParams(query, page);
    return qs ? `${base}?${qs}` : base;
  };
  return (
    <>
      {notes.length > 0 && (
        <ul className="mt-4 list-disc rounded border border-amber-700 bg-amber-50 p-3 pl-8 text-amber-900">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="treffer" className="mt-8">
        <SectionHeading id="treffer">
          {total === 0
            ? "Keine passenden Angebote"
            : total === 1
              ? "1 Angebot"
              : `${capped ? "Mehr als " : ""}${count.format(total)} Angebote`}
          {pages > 1 && (
            <span className="text-base font-normal">
              {" "}
              (Seite {query.page} von {pages})
            </span>
          )}
        </SectionHeading>
        {total === 0 && <p className="mt-2">Versuchen Sie einen anderen Suchbegriff oder weniger Filter.</p>}
        {capped && (
          <p className="mt-2">
            Es passen zu viele Angebote, um sie alle zu ordnen; hier sehen Sie {count.format(total)} davon. Grenzen Sie
            die Suche ein, etwa mit einem weiteren Suchwort, einer Region oder einem Handlungsfeld.
          </p>
        )}
        <ol className="mt-4 space-y-4">
          {hits.map((hit) => (
            <li key={hit.id} className="rounded border border-brand-100 p-4">
              <SectionHeading level={3}>
                <TextLink href={`/${hit.regionSlug}/angebote/${hit.id}`}>{hit.title}</TextLink>
              </SectionHeading>
              <p className="text-sm text-muted">
                {OFFER_KIND_LABEL[hit.kind]}
                {showRegion && <> · {hit.regionName}</>}
                {(hit.locality ?? hit.city) && <> · {hit.locality ?? hit.city}</>}
                {hit.nextDate && (
                  <>
                    {" "}
                    · nächster Termin <DateTime value={hit.nextDate} format="date" />
                  </>
                )}
                {hit.isFree && <> · kostenlos</>}
                {hit.wheelchairAccessible && <> · rollstuhlgerecht</>}
                {hit.easyLanguage && <> · Leichte Sprache</>}
              </p>
              {hit.summary && <p className="mt-1">{hit.summary}</p>}
              {hit.fields.length > 0 && <p className="mt-1 text-sm">Handlungsfeld: {hit.fields.join(", ")}</p>}
            </li>
          ))}
        </ol>
        {pages > 1 && (
          <nav aria-label="Seiten der Trefferliste" className="mt-6 flex flex-wrap items-center gap-4">
            {query.page > 1 && (
              <TextLink href={pageHref(query.page - 1)} rel="prev">
                Vorherige Seite
              </TextLink>
            )}
            <span aria-current="page">
              Seite {query.page} von {pages}
            </span>
            {query.page < pages && (
              <TextLink href={pageHref(query.page + 1)} rel="next">
                Nächste Seite
              </TextLink>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
