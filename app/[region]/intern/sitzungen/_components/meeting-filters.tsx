import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import type { MeetingFilters as Filters } from "@/lib/meetings/list-meetings";
import { MEETING_STATUS_LABEL } from "@/lib/meetings/labels";

const input = "mt-1 w-full rounded border border-gray-500 px-3 py-2";

/** Body, year and status as a GET form: works without JavaScript, keeps its values, every result has a URL. */
export function MeetingFilters({
  slug,
  filters,
  bodies,
  years,
  isFiltered,
}: {
  slug: string;
  filters: Filters;
  bodies: { id: string; name: string }[];
  years: string[];
  isFiltered: boolean;
}) {
  return (
    <form
      method="get"
      action={`/${slug}/intern/sitzungen`}
      role="search"
      aria-label="Sitzungen filtern"
      className="mt-4 grid gap-4 rounded border border-brand-100 p-4 sm:grid-cols-3"
    >
      <div>
        {/* "Gremien", not "Gremium": the form below names its field "Gremium" */}
        <label htmlFor="filter-gremium" className="block font-semibold">
          Gremien
        </label>
        <select id="filter-gremium" name="gremium" defaultValue={filters.bodyId} className={input}>
          <option value="">alle</option>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-jahr" className="block font-semibold">
          Jahr
        </label>
        <select id="filter-jahr" name="jahr" defaultValue={filters.year} className={input}>
          <option value="">alle</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-semibold">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status} className={input}>
          <option value="">alle</option>
          {Object.entries(MEETING_STATUS_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <Button type="submit">Filtern</Button>
        {isFiltered && <TextLink href={`/${slug}/intern/sitzungen`}>Alle Sitzungen zeigen</TextLink>}
      </div>
    </form>
  );
}
